import en from './en';

const ar: typeof en = en;
export default ar;
