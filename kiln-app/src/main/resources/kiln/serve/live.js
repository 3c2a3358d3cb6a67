// Kiln serve only: reloads this page when a rebuild changes it, keeps the scroll position, and
// shows build errors in an overlay. Never part of a built site.
(function () {
  var me = document.currentScript;
  var page = me && me.getAttribute('data-page') || location.pathname;
  var key = 'kiln-scroll:' + page;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    var xy = saved.split(',');
    window.addEventListener('load', function () { window.scrollTo(+xy[0], +xy[1]); });
  }
  function overlay(html) {
    var old = document.getElementById('kiln-overlay');
    if (old) old.remove();
    if (!html) return;
    var box = document.createElement('div');
    box.id = 'kiln-overlay';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;' +
      'background:rgba(20,20,20,.94);color:#eee;font:14px/1.5 ui-monospace,monospace;white-space:normal';
    box.innerHTML = html; // built by the server from escaped diagnostics
    document.body.appendChild(box);
  }
  var events = new EventSource('/_kiln/events');
  events.addEventListener('reload', function (e) {
    var urls = JSON.parse(e.data);
    if (urls.indexOf('*') >= 0 || urls.indexOf(page) >= 0) {
      sessionStorage.setItem(key, window.scrollX + ',' + window.scrollY);
      location.reload();
    }
  });
  events.addEventListener('errors', function (e) { overlay(e.data); });
  events.addEventListener('ok', function () { overlay(null); });
})();
