/* CchcPublisher article editor: toolbar, image upload, checks while typing, previews. Plain JS, no library. */
(function () {
  'use strict';
  var form = document.getElementById('bien-tap');
  if (!form) { return; }
  var body = document.getElementById('noi-dung');
  var report = document.getElementById('chan-doan');
  var preview = document.getElementById('xem-truoc');
  var picker = document.getElementById('chon-anh');
  var weekly = document.getElementById('hang-tuan');
  var when = document.getElementById('dang-luc');

  function formData() {
    var data = new FormData(form);
    data.delete('anh-bia-tep');
    return data;
  }

  function post(url, data) {
    return fetch(url, { method: 'POST', body: data, credentials: 'same-origin' }).then(function (r) {
      return r.text().then(function (text) { return { ok: r.ok, text: text, json: r.headers.get('content-type') }; });
    });
  }

  function wrap(before, after, placeholder) {
    var start = body.selectionStart, end = body.selectionEnd;
    var chosen = body.value.slice(start, end) || placeholder;
    body.setRangeText(before + chosen + after, start, end, 'select');
    body.setSelectionRange(start + before.length, start + before.length + chosen.length);
    body.focus();
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function linePrefix(prefix) {
    var start = body.value.lastIndexOf('\n', body.selectionStart - 1) + 1;
    var end = body.selectionEnd;
    var lines = body.value.slice(start, end).split('\n');
    var text = lines.map(function (line, i) { return (typeof prefix === 'function' ? prefix(i) : prefix) + line; }).join('\n');
    body.setRangeText(text, start, end, 'end');
    body.focus();
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function insertBlock(text) {
    var start = body.selectionStart;
    var lead = start > 0 && body.value[start - 1] !== '\n' ? '\n\n' : '';
    body.setRangeText(lead + text + '\n', start, body.selectionEnd, 'end');
    body.focus();
    body.dispatchEvent(new Event('input', { bubbles: true }));
  }

  var actions = {
    h2: function () { linePrefix('## '); },
    dam: function () { wrap('**', '**', 'chữ đậm'); },
    nghieng: function () { wrap('*', '*', 'chữ nghiêng'); },
    ds: function () { linePrefix('- '); },
    dsso: function () { linePrefix(function (i) { return (i + 1) + '. '; }); },
    lienket: function () { wrap('[', '](https://)', 'chữ liên kết'); },
    bang: function () { insertBlock('| Cột 1 | Cột 2 |\n|---|---|\n| … | … |'); },
    anh: function () { picker.click(); }
  };

  form.querySelectorAll('[data-md]').forEach(function (button) {
    button.addEventListener('click', function () { actions[button.getAttribute('data-md')](); });
  });

  picker.addEventListener('change', function () {
    if (!picker.files.length) { return; }
    var data = formData();
    data.append('anh', picker.files[0]);
    post('/bai-viet/tai-anh', data).then(function (answer) {
      if (!answer.ok) { report.insertAdjacentHTML('afterbegin', '<p class="bao loi"></p>'); report.firstChild.textContent = answer.text; return; }
      var saved = JSON.parse(answer.text);
      var name = picker.files[0].name.replace(/\.[^.]+$/, '');
      insertBlock('![' + name + '](' + saved.duongDan + ')');
      picker.value = '';
    });
  });

  var timer = null;
  var sequence = 0;
  function check() {
    var mine = ++sequence;
    post('/bai-viet/kiem-tra', formData()).then(function (answer) {
      if (mine === sequence && answer.ok) { report.innerHTML = answer.text; }
    });
  }

  form.addEventListener('input', function (event) {
    if (event.target && event.target.type === 'file') { return; }
    clearTimeout(timer);
    timer = setTimeout(check, 600);
  });
  form.addEventListener('change', function (event) {
    if (event.target && event.target.type === 'checkbox') { clearTimeout(timer); timer = setTimeout(check, 300); }
  });

  function syncWeekly() { if (weekly && when) { when.disabled = weekly.checked || weekly.disabled; } }
  if (weekly) { weekly.addEventListener('change', syncWeekly); syncWeekly(); }

  var show = document.getElementById('nut-xem-truoc');
  if (show) {
    show.addEventListener('click', function () {
      preview.innerHTML = '<p class="nho">Đang dựng bản xem trước…</p>';
      post('/bai-viet/xem-truoc', formData()).then(function (answer) {
        preview.innerHTML = answer.text;
        preview.scrollIntoView({ behavior: 'smooth', block: 'start' });
      });
    });
  }
})();
