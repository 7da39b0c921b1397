// mammoth's prebuilt browser bundle has the package's own types
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
