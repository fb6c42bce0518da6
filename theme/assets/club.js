// Reading club: reveals the timeline one step at a time and stops at decision points.
// Without it the page is the plain ordered timeline with every prompt shown.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var list = document.getElementById('club-steps');
  var status = document.getElementById('club-status');
  var next = document.getElementById('club-next');
  var back = document.getElementById('club-back');
  var all = document.getElementById('club-all');
  if (!list || !status || !next || !back || !all) { return; }
  var steps = Array.prototype.slice.call(list.querySelectorAll('li.step'));
  var shown = 0;

  function describe(step) {
    var time = step.querySelector('.time');
    var prompt = step.querySelector('.prompt');
    var text = (time ? time.textContent + ' ' : '') + step.querySelector('.what').textContent;
    return text + (prompt ? ' — ' + prompt.textContent : '');
  }

  function show(count) {
    shown = Math.max(1, Math.min(steps.length, count));
    steps.forEach(function (step, i) { step.hidden = i >= shown; });
    steps.forEach(function (step, i) { step.classList.toggle('current', i === shown - 1); });
    back.disabled = shown === 1;
    next.disabled = shown === steps.length;
    all.disabled = shown === steps.length;
    status.textContent = 'Step ' + shown + ' of ' + steps.length + ': ' + describe(steps[shown - 1])
      + (shown === steps.length ? ' (end of the timeline)' : '');
  }

  if (steps.length === 0) { return; }
  next.addEventListener('click', function () { show(shown + 1); });
  back.addEventListener('click', function () { show(shown - 1); });
  all.addEventListener('click', function () { show(steps.length); });
  document.addEventListener('keydown', function (event) {
    // keys typed into the search box, or pressed on a link or button, keep their usual meaning
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
        || (target && target.closest && target.closest('input, textarea, select, button, a, [contenteditable]'))) {
      return;
    }
    if (event.key === ' ' || event.key === 'ArrowRight' || event.key === 'Enter') {
      show(shown + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'Backspace') {
      show(shown - 1);
    } else {
      return;
    }
    event.preventDefault();
  });
  show(1);
}());
