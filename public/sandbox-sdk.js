// The sandbox board's stand-in for Miro's SDK script: the page is framed by sandbox.html,
// which hosts an emulated board and hands its `miro` object to the app's pages.
window.miro = window.parent !== window ? window.parent.journeyMapperSandbox?.miro : undefined;
