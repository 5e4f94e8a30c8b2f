import en from './en';

const es: typeof en = en;
export default es;
