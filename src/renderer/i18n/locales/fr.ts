import en from './en';

const fr: typeof en = en;
export default fr;
