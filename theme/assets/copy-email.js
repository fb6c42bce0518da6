// "Copy for e-mail": the digest's e-mail HTML and its plain text on the clipboard together, so a paste into
// Gmail or Outlook is rich and a paste into a terminal or chat is plain. Loaded from a file: the pages' CSP
// allows no inline script.
(function () {
  'use strict';
  var button = document.getElementById('copy-email');
  var html = document.getElementById('digest-email');
  var text = document.getElementById('digest-text');
  var status = document.getElementById('copy-status');
  if (!button || !html || !text) {
    return;
  }
  button.hidden = false;

  function say(message) {
    if (status) {
      status.textContent = message;
    }
  }

  // Without the Async Clipboard API: a one-shot copy listener sets both types; preventDefault keeps the
  // browser from writing the page's selection instead.
  function copyWithEvent(h, t) {
    var done = false;
    function onCopy(event) {
      event.clipboardData.setData('text/html', h);
      event.clipboardData.setData('text/plain', t);
      event.preventDefault();
      done = true;
    }
    document.addEventListener('copy', onCopy);
    try {
      document.execCommand('copy');
    } catch (e) {
      done = false;
    } finally {
      document.removeEventListener('copy', onCopy);
    }
    return done;
  }

  button.addEventListener('click', function () {
    var h = html.textContent.trim();
    var t = text.textContent;
    var ok = 'Copied: paste into an e-mail for the formatted digest, or anywhere else for plain text.';
    var failed = 'Could not copy. Open the e-mail version and copy it from there.';
    // Safari needs write() inside the click handler itself, with nothing awaited before it.
    if (navigator.clipboard && navigator.clipboard.write && typeof ClipboardItem === 'function') {
      var item = new ClipboardItem({
        'text/html': new Blob([h], { type: 'text/html' }),
        'text/plain': new Blob([t], { type: 'text/plain' })
      });
      navigator.clipboard.write([item]).then(function () {
        say(ok);
      }, function () {
        say(copyWithEvent(h, t) ? ok : failed);
      });
    } else {
      say(copyWithEvent(h, t) ? ok : failed);
    }
  });
}());
