import en from './en';

const zh: typeof en = en;
export default zh;
