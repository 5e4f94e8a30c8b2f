import en from './en';

const de: typeof en = en;
export default de;
