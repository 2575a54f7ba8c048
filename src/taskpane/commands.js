// The FunctionFile's script: initialises office.js (older Office builds expect it). A file of its own
// rather than inline: the page's Content-Security-Policy allows no inline script.
if (typeof Office !== 'undefined') Office.onReady(function () {});
