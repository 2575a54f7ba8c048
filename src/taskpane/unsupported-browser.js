// Old Office builds host add-ins in Internet Explorer 11 or legacy Edge (EdgeHTML), which cannot
// run this pane (React 19 / Fluent UI 9). Say so instead of leaving a blank pane. ES3 on purpose,
// and a file of its own rather than inline: the page's Content-Security-Policy allows no inline script.
(function () {
  var ua = navigator.userAgent || '';
  if (document.documentMode || /Trident\//.test(ua) || /Edge\/\d+/.test(ua)) {
    var root = document.getElementById('root');
    root.setAttribute('data-unsupported', '1');
    root.innerHTML =
      '<div class="boot">此加载项需要 Microsoft Edge WebView2（Microsoft 365 或 Office 2021 及以上版本）。' +
      '当前 Office 使用的是旧版浏览器控件，无法运行。<br />' +
      'This add-in needs Microsoft Edge WebView2 (Microsoft 365 or Office 2021 and later); ' +
      'this Office version uses an older browser control.</div>';
  }
})();
