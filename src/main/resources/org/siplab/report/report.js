// siplab report: selects a step (an arrow of the ladder) and explains it.
// Message text only ever reaches the page through textContent, never as HTML.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var steps = data.steps;
  var ladder = document.getElementById('ladder');
  var current = -1;
  var player = null;

  var PLAY_INTERVAL_MS = 900;
  var MARK_REACH = 6;
  // Beside an arrow revealed sideways: half a lane's name box (176 px wide) and a little.
  var REVEAL_MARGIN = 96;
  // The longest word of a state table kept whole: Proceeding, Terminated, Confirmed are.
  var WORD_LENGTH = 12;
  var COLUMNS = {
    tx: ['Transaction', 'Kind', 'State', 'Last change'],
    dialog: ['Dialog', 'State', 'Local CSeq', 'Remote CSeq', 'Remote target'],
    binding: ['Address of record', 'Contact', 'Last change', 'Expires at'],
    media: ['Peer', 'Last change', 'Codec', 'RTP'],
    timer: ['Timer', 'Owner', 'Fires at']
  };
  var TITLES = {
    tx: 'Transactions', dialog: 'Dialogs', binding: 'Registrar bindings',
    media: 'Media', timer: 'Timers running'
  };

  var indexBySeq = new Map();
  steps.forEach(function (step, i) { indexBySeq.set(step.seq, i); });

  function $(id) { return document.getElementById(id); }

  // Recurring strings are stored once in data.strings; -1 stands for none.
  function S(index) { return index < 0 ? null : data.strings[index]; }

  // An annotation: a wording whose numbers were taken out, and the numbers to put back.
  function sentence(index) {
    if (index === undefined || index === null || index < 0) { return null; }
    var s = data.sentences[index];
    var numbers = s[1] === '' ? [] : s[1].split('|');
    var k = 0;
    return data.strings[s[0]].replace(/\uE000/g, function () { return numbers[k++]; });
  }

  // An event line: [seq, #time, element, @annotation, word, #argument...].
  function words(line) {
    var args = line.slice(5);
    return data.words[line[4]].replace(/\{(\d+)\}/g, function (all, i) { return S(args[Number(i)]); });
  }

  function element(index) { return index >= 0 ? data.elements[index] : ''; }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function arrow(seq) {
    return ladder.querySelector('g.a[data-seq="' + seq + '"]');
  }

  // ---- selecting a step --------------------------------------------------------------------

  function select(index, scroll) {
    if (!(index >= 0 && index < steps.length)) { return; }
    if (current >= 0) {
      var old = arrow(steps[current].seq);
      if (old) { old.classList.remove('sel'); }
    }
    current = index;
    var step = steps[index];
    var g = arrow(step.seq);
    if (g) {
      g.classList.add('sel');
      band(g);
      if (scroll) { reveal(g); }
    }
    $('position').textContent = 'step ' + (index + 1) + ' of ' + steps.length;
    document.body.setAttribute('data-step', String(step.seq));
    try { history.replaceState(null, '', '#seq=' + step.seq); } catch (e) { /* file: URLs may refuse */ }
    show(step, index);
  }

  // One highlight band behind the selected arrow's row, moved from row to row.
  function band(g) {
    var rect = $('sel-band');
    if (!rect) {
      rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      rect.id = 'sel-band';
      ladder.insertBefore(rect, ladder.firstChild);
    }
    var box = g.getBBox();
    rect.setAttribute('x', String(box.x - 4));
    rect.setAttribute('y', String(box.y - 3));
    rect.setAttribute('width', String(box.width + 8));
    rect.setAttribute('height', String(box.height + 6));
  }

  // Scrolls the ladder pane, and only it, so that the arrow is in view below the column header,
  // and sideways so that its line and label are in view from sender to receiver: with more lanes
  // than the pane is wide, stepping to an arrow between the far lanes must not leave it hidden.
  function reveal(g) {
    var pane = $('ladder-pane');
    var box = g.getBoundingClientRect();
    var view = pane.getBoundingClientRect();
    var top = view.top + document.querySelector('.ladder-head-wrap').offsetHeight;
    if (box.top < top || box.bottom > view.bottom) {
      pane.scrollTop += box.top - top - (view.bottom - top) / 3;
    }
    var span = sideways(g);
    var left = view.left + pane.clientLeft;
    var right = left + pane.clientWidth;
    if (span.left >= left && span.right <= right) { return; }
    // The least scroll that shows the whole arrow and, room allowing, the boxes of its two
    // lanes' names; an arrow wider than the pane shows its start.
    var room = right - left - (span.right - span.left);
    var margin = Math.max(0, Math.min(REVEAL_MARGIN, room / 2));
    if (span.left < left || room < 0) {
      pane.scrollLeft += span.left - margin - left;
    } else {
      pane.scrollLeft += span.right + margin - right;
    }
  }

  // The left and right of an arrow without its time, which stays at the time axis.
  function sideways(g) {
    var span = {left: Infinity, right: -Infinity};
    Array.prototype.forEach.call(g.children, function (part) {
      if (part.classList.contains('time')) { return; }
      var r = part.getBoundingClientRect();
      span.left = Math.min(span.left, r.left);
      span.right = Math.max(span.right, r.right);
    });
    return span;
  }

  function show(step, index) {
    $('step-hint').hidden = true;
    $('step-body').hidden = false;
    var by = step.retransmittedBy;
    $('step-title').textContent = '#' + step.seq + ' at ' + step.time + ': ' + element(step.from) + ' → ' + element(step.to) +
        (by ? (by === '2xx' ? ' (2xx retransmission)' : ' (retransmission, Timer ' + by + ')') : '');
    $('step-line').textContent = step.wire.split('\n')[0];
    $('step-fate').textContent = sentence(step.fate);
    showExplanation(step);
    showFindings(step);
    showWire(step);
    showNext(step, null);
    var previousSeq = index > 0 ? steps[index - 1].seq : 0;
    var state = stateAt(step.seq);
    showFigures(step, state);
    showState(state, previousSeq, step.seq);
  }

  function showExplanation(step) {
    var annotation = $('step-annotation');
    var said = sentence(step.annotation);
    annotation.textContent = said || 'No annotation was made for this step.';
    annotation.className = said ? '' : 'none';
    var note = $('step-note');
    var noteLink = step.note === undefined ? null : S(step.note);
    note.hidden = !noteLink;
    if (noteLink) {
      note.href = noteLink;
      note.textContent = 'Learn more: ' + noteLink;
    }
  }

  function showFindings(step) {
    var list = $('step-findings-list');
    var indexes = step.findings || [];
    clear(list);
    $('step-findings').hidden = indexes.length === 0;
    indexes.forEach(function (i) {
      var f = data.findings[i];
      var li = make('li', f.severity);
      li.appendChild(make('span', 'sev', f.severity));
      li.appendChild(make('span', 'rule', f.rule));
      li.appendChild(make('span', 'title', f.title));
      li.appendChild(make('div', 'message', f.message + (f.event !== step.seq ? ' (event ' + f.event + ')' : '')));
      li.appendChild(make('div', 'rfc', f.rfc));
      if (f.quote) { li.appendChild(make('blockquote', 'quote', f.quote)); }
      list.appendChild(li);
    });
  }

  function showWire(step) {
    var pre = $('step-wire');
    clear(pre);
    var text = step.wire;
    var at = 0;
    for (var i = 0; i < step.hl.length; i += 3) {
      var start = step.hl[i], end = step.hl[i + 1];
      pre.appendChild(document.createTextNode(text.substring(at, start)));
      pre.appendChild(make('span', 'hl-' + data.hlKinds[step.hl[i + 2]], text.substring(start, end)));
      at = end;
    }
    pre.appendChild(document.createTextNode(text.substring(at)));
  }

  function showNext(step, litSeq) {
    var list = $('step-next');
    clear(list);
    if (step.next.length === 0) {
      list.appendChild(make('li', 'none', 'Nothing else happened before the next message.'));
    }
    step.next.forEach(function (n) {
      var li = make('li', n[0] === litSeq ? 'lit' : '');
      li.setAttribute('data-event', String(n[0]));
      li.appendChild(make('span', 'when', S(n[1])));
      li.appendChild(make('span', 'who', element(n[2])));
      li.appendChild(make('span', 'what', words(n)));
      if (n[3] >= 0) { li.appendChild(make('span', 'why', sentence(n[3]))); }
      list.appendChild(li);
    });
  }

  // ---- the state of every element --------------------------------------------------------

  // Applies every change up to seq. Things that ended stay in the map, marked with when they
  // ended, so that the panel can show what ended during this step and the figures what a
  // transaction went through.
  function stateAt(seq) {
    var things = new Map();
    for (var i = 0; i < data.changes.length && data.changes[i][0] <= seq; i++) {
      var c = data.changes[i];
      var id = c[1] + ' ' + c[2] + ' ' + c[3];
      var thing = things.get(id);
      if (!thing) {
        thing = {element: c[1], type: S(c[2]), key: S(c[3]), visited: [], taken: []};
        things.set(id, thing);
      }
      thing.cells = c.slice(5).map(S);
      thing.lastSeq = c[0];
      thing.endedAt = c[4] === 1 ? c[0] : 0;
      if (thing.type === 'tx') {
        var from = thing.cells[1], to = thing.cells[2];
        if (thing.visited.indexOf(to) < 0) { thing.visited.push(to); }
        if (from) { thing.taken.push(from + '_' + to); }
      }
    }
    return things;
  }

  function rowCells(thing) {
    var cells = thing.cells;
    if (thing.type === 'tx') { return [thing.key, cells[0], cells[2], cells[3]]; }
    if (thing.type === 'binding') { return cells; }
    if (thing.type === 'timer') { return cells; }
    return [thing.key].concat(cells.slice(thing.type === 'media' ? 1 : 0));
  }

  function showState(state, previousSeq, seq) {
    var box = $('step-state');
    clear(box);
    $('step-state-title').textContent = 'State of every element when #' + seq + ' left';
    data.elements.forEach(function (name, element) {
      box.appendChild(make('h4', '', name));
      var shown = 0;
      Object.keys(COLUMNS).forEach(function (type) {
        var rows = [];
        state.forEach(function (thing) {
          var live = thing.endedAt === 0 || thing.endedAt > previousSeq;
          if (thing.element === element && thing.type === type && live) { rows.push(thing); }
        });
        if (rows.length > 0) {
          box.appendChild(table(type, rows, previousSeq));
          shown += rows.length;
        }
      });
      if (shown === 0) { box.appendChild(make('p', 'empty', 'holds no transaction, dialog, binding or timer')); }
    });
  }

  function table(type, rows, previousSeq) {
    var t = make('table', 'state-' + type);
    var caption = make('caption', '', TITLES[type]);
    t.appendChild(caption);
    var head = make('tr');
    COLUMNS[type].forEach(function (title) { head.appendChild(make('th', '', title)); });
    t.appendChild(head);
    rows.forEach(function (thing) {
      var tr = make('tr', thing.endedAt ? 'ended' : (thing.lastSeq > previousSeq ? 'changed' : ''));
      rowCells(thing).forEach(function (cell) { tr.appendChild(make('td', token(cell), cell)); });
      t.appendChild(tr);
    });
    return t;
  }

  // A cell with an identifier (a branch, a URI) or a long word (Authentication), which may be
  // broken anywhere so that the table fits a narrow step panel.
  function token(cell) {
    return cell && cell.split(/\s+/).some(function (w) { return w.length > WORD_LENGTH; })
        ? 'token' : '';
  }

  // ---- transaction diagrams ------------------------------------------------------------------

  function showFigures(step, state) {
    var box = $('step-figures');
    clear(box);
    var transaction = S(step.transaction);
    if (!transaction) {
      box.appendChild(make('p', 'empty', 'This message belongs to no transaction (an ACK for a 2xx, or a 2xx the UA core retransmits).'));
      return;
    }
    state.forEach(function (thing) {
      if (thing.type === 'tx' && thing.key === transaction) { box.appendChild(figure(thing)); }
    });
    if (!box.firstChild) {
      box.appendChild(make('p', 'empty', 'The trace records no state of transaction ' + transaction + '.'));
    }
    box.querySelectorAll('.fig-view').forEach(centreCurrentState);
  }

  // A figure wider than the step panel scrolls, under its caption, so that the transaction's
  // current state is in the middle of what shows.
  function centreCurrentState(fig) {
    var node = fig.querySelector('g.node.current');
    if (!node || fig.scrollWidth <= fig.clientWidth) { return; }
    var f = fig.getBoundingClientRect();
    var n = node.getBoundingClientRect();
    fig.scrollLeft += (n.left + n.right) / 2 - (f.left + f.right) / 2;
  }

  function figure(thing) {
    var kind = thing.cells[0];
    var templateId = data.figures[kind];
    var wrap = make('div', 'fig');
    var now = thing.cells[2];
    wrap.appendChild(make('p', '', element(thing.element) + ': ' + kind + ' transaction ' + thing.key + ', now ' + now));
    var template = templateId ? document.getElementById(templateId) : null;
    if (!template) { return wrap; }
    var copy = template.content.cloneNode(true);
    var prefix = templateId.substring(4);
    thing.visited.forEach(function (s) { mark(copy, prefix + '_s_' + s, s === now ? 'current' : 'visited'); });
    thing.taken.forEach(function (pair) { mark(copy, prefix + '_e_' + pair, 'taken'); });
    var view = make('div', 'fig-view');
    view.appendChild(copy);
    wrap.appendChild(view);
    return wrap;
  }

  function mark(fragment, id, className) {
    var node = fragment.querySelector('[id="' + id + '"]');
    if (node) { node.classList.add(className); }
  }

  // ---- the handout -------------------------------------------------------------------------

  // Printed, the report is a teacher's handout: the run, the ladder, and every step explained
  // in order. The list is made when the page is printed, not when it opens, so that a long
  // run's report opens as fast as before.
  function handout() {
    var list = $('handout-list');
    if (list.firstChild) { return; }
    var items = document.createDocumentFragment();
    steps.forEach(function (step) {
      var li = make('li');
      var head = make('p', 'head');
      head.appendChild(make('span', 'when', '#' + step.seq + ' at ' + step.time));
      head.appendChild(make('span', 'who', element(step.from) + ' → ' + element(step.to)));
      head.appendChild(make('code', 'first-line', step.wire.split('\n')[0]));
      li.appendChild(head);
      var said = sentence(step.annotation);
      if (said) { li.appendChild(make('p', 'said', said)); }
      (step.findings || []).forEach(function (i) {
        var f = data.findings[i];
        li.appendChild(make('p', 'finding ' + f.severity,
            f.severity + ' ' + f.rule + ' (' + f.rfc + '): ' + f.message));
      });
      items.appendChild(li);
    });
    list.appendChild(items);
  }
  window.addEventListener('beforeprint', handout);

  // The handout shows the whole header: the folded part is opened for printing (the print
  // stylesheet does so too where ::details-content is known) and folded again after, if it was.
  var more = $('run-more');
  var moreWasOpen = false;
  window.addEventListener('beforeprint', function () {
    moreWasOpen = more.open;
    more.open = true;
  });
  window.addEventListener('afterprint', function () { more.open = moreWasOpen; });

  // ---- controls --------------------------------------------------------------------------

  function step(delta) {
    if (steps.length === 0) { return; }
    select(current < 0 ? (delta > 0 ? 0 : steps.length - 1) : current + delta, true);
  }

  function togglePlay() {
    if (player) {
      clearInterval(player);
      player = null;
      $('play').textContent = '▶ play';
      return;
    }
    $('play').textContent = '❚❚ pause';
    if (current >= steps.length - 1) { select(0, true); } else { step(1); }
    player = setInterval(function () {
      if (current >= steps.length - 1) { togglePlay(); } else { step(1); }
    }, PLAY_INTERVAL_MS);
  }

  function colourBy(mode) {
    ladder.classList.toggle('by-tx', mode === 'tx');
    ladder.classList.toggle('by-dialog', mode === 'dialog');
    document.querySelectorAll('input[name="colour"]').forEach(function (input) {
      input.checked = input.value === mode;
    });
  }

  ladder.addEventListener('click', function (event) {
    var g = event.target.closest('g.a');
    if (g) { select(indexBySeq.get(Number(g.getAttribute('data-seq'))), false); return; }
    var seq = event.target.classList.contains('mk') ? markAt(event) : null;
    if (seq !== null) { selectEvent(seq); }
  });

  // The marks of a kind are one path, so the mark under the pointer is found by position in
  // data.marks ([event, x, y], in order of y): the nearest within MARK_REACH pixels.
  function markAt(event) {
    var point = ladder.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var p = point.matrixTransform(ladder.getScreenCTM().inverse());
    var marks = data.marks;
    var lo = 0, hi = marks.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (marks[mid][2] < p.y - MARK_REACH) { lo = mid + 1; } else { hi = mid; }
    }
    var best = null, nearest = MARK_REACH * MARK_REACH;
    for (var i = lo; i < marks.length && marks[i][2] <= p.y + MARK_REACH; i++) {
      var dx = marks[i][1] - p.x, dy = marks[i][2] - p.y;
      if (dx * dx + dy * dy <= nearest) { best = marks[i][0]; nearest = dx * dx + dy * dy; }
    }
    return best;
  }

  // A mark belongs to the step whose arrow it follows; selecting it lights its line.
  function selectEvent(seq) {
    var index = -1;
    for (var i = 0; i < steps.length && steps[i].seq <= seq; i++) { index = i; }
    select(Math.max(index, 0), false);
    showNext(steps[Math.max(index, 0)], seq);
  }

  ladder.addEventListener('mousemove', function (event) {
    var tip = $('tip');
    var seq = event.target.classList.contains('mk') ? markAt(event) : null;
    if (seq === null) { tip.hidden = true; return; }
    tip.textContent = describe(seq);
    tip.style.left = (event.clientX + 12) + 'px';
    tip.style.top = (event.clientY + 12) + 'px';
    tip.hidden = false;
  });
  ladder.addEventListener('mouseleave', function () { $('tip').hidden = true; });

  function describe(seq) {
    var lists = [data.before].concat(steps.map(function (s) { return s.next; }));
    for (var i = 0; i < lists.length; i++) {
      for (var j = 0; j < lists[i].length; j++) {
        var n = lists[i][j];
        if (n[0] === seq) { return S(n[1]) + ' ' + element(n[2]) + ': ' + words(n); }
      }
    }
    return 'event ' + seq;
  }

  // The panels below the toolbar are as tall as the window less the toolbar, which wraps onto a
  // second line when the window is narrow. Printed, the toolbar is hidden: its height of 0 is
  // not taken.
  function fitToolbar() {
    var height = document.querySelector('.toolbar').offsetHeight;
    if (height > 0) { document.documentElement.style.setProperty('--toolbar', height + 'px'); }
  }
  fitToolbar();
  window.addEventListener('resize', fitToolbar);

  $('prev').addEventListener('click', function () { step(-1); });
  $('next').addEventListener('click', function () { step(1); });
  $('play').addEventListener('click', togglePlay);
  document.querySelectorAll('input[name="colour"]').forEach(function (input) {
    input.addEventListener('change', function () { colourBy(input.value); });
  });

  // Keys: j, → or ↓ next; k, ← or ↑ previous; Home and End; space or p play; c colours.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = event.target && event.target.tagName;
    // Space on a button or a disclosure's summary presses it rather than playing the run.
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
        || (tag === 'BUTTON' || tag === 'SUMMARY') && event.key === ' ') { return; }
    var handled = true;
    switch (event.key) {
      case 'j': case 'ArrowRight': case 'ArrowDown': step(1); break;
      case 'k': case 'ArrowLeft': case 'ArrowUp': step(-1); break;
      case 'Home': select(0, true); break;
      case 'End': select(steps.length - 1, true); break;
      case ' ': case 'p': togglePlay(); break;
      case 'c': colourBy(ladder.classList.contains('by-tx') ? 'dialog' : 'tx'); break;
      default: handled = false;
    }
    if (handled) { event.preventDefault(); }
  });

  var wanted = /^#seq=(\d+)$/.exec(location.hash);
  if (wanted && indexBySeq.has(Number(wanted[1]))) { select(indexBySeq.get(Number(wanted[1])), true); }
}());
