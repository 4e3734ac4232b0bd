// "Sao chép": copies the text of the element named by data-chep (a textarea) to the clipboard.
// Loaded as a file (the console's Content-Security-Policy allows no inline script).
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-chep]');
    if (!button) { return; }
    var source = document.getElementById(button.getAttribute('data-chep'));
    if (!source) { return; }
    var done = function () {
      var label = button.textContent;
      button.textContent = 'Đã sao chép';
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    source.focus();
    source.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand('copy'); done(); });
    } else {
      document.execCommand('copy');
      done();
    }
  });
}());
