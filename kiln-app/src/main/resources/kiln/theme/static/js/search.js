/* Kiln search. Reads the index that `kiln build` writes beside the search page (Java package
   dev.kiln.search): index.json lists the first term of every fragment, so a query fetches only
   the fragments that can hold its words, then the small file listing the title, link and date of
   each result shown (d/, a few entries a file), and each result's own page for the snippet (the
   text of its [data-kiln-search-text] element, else of <main>), which the reader's next click
   then finds in the cache. The rules that turn text into terms must stay the same as in
   Tokenizer.java. No dependencies. */
(function () {
  'use strict';
  if (window.kilnSearch) return;
  window.kilnSearch = true;

  var FORMAT = 2;
  var DEBOUNCE_MS = 150;
  var POPUP_RESULTS = 8;
  var PAGE_RESULTS = 20;
  var PREFIX_MIN = 3;         // words this long also find longer words that start with them
  var PREFIX_WEIGHT = 0.5;    // a prefix match counts half an exact one
  var MAX_PREFIX_CHUNKS = 4;  // a prefix spread over more fragments than this matches exactly only
  var SNIPPET = 200;          // characters around the best match

  var WORD = /[\p{L}\p{Nd}\p{M}]+/gu;
  var CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
  var MARKS = /\p{M}+/gu;
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i' };

  function fold(s) {
    s = s.toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC');
    return s.replace(/[ßæœøłđðþı]/g, function (c) { return SPECIAL[c]; });
  }

  function singular(w) {
    if (w.length < 4) return w;
    if (/ies$/.test(w) && !/[ea]ies$/.test(w)) return w.slice(0, -3) + 'y';
    if (/es$/.test(w) && !/[aeo]es$/.test(w)) return w.slice(0, -1);
    if (/s$/.test(w) && !/(us|ss)$/.test(w)) return w.slice(0, -1);
    return w;
  }

  /** The words of text as the index sees them: {term, start, end}, offsets into text. */
  function analyze(text, rules) {
    var out = [];
    function push(segment, start) {
      if (!segment) return;
      var w = fold(segment);
      if (!w || Array.from(w).length > rules.maxTerm || rules.stop.has(w)) return;
      out.push({ term: rules.plurals ? singular(w) : w, start: start, end: start + segment.length });
    }
    WORD.lastIndex = 0;
    var m;
    while ((m = WORD.exec(text))) {
      var run = m[0], at = 0, from = 0;
      for (var ch of run) {
        if (CJK.test(ch)) {
          push(run.slice(from, at), m.index + from);
          push(ch, m.index + at);
          from = at + ch.length;
        }
        at += ch.length;
      }
      push(run.slice(from), m.index + from);
    }
    return out;
  }

  function Index(url) {
    this.url = new URL(url, location.href);
    this.chunks = new Map();
    this.docs = new Map();
    this.texts = new Map();
    this.ready = null;
  }

  Index.prototype.load = function () {
    var self = this;
    if (!this.ready) {
      this.ready = getJson(this.url, 'no-cache').then(function (m) {
        if (m.format !== FORMAT) throw new Error('unknown search index format ' + m.format);
        self.manifest = m;
        self.rules = { stop: new Set(m.stop), plurals: m.plurals, maxTerm: m.maxTerm };
        return self;
      });
      this.ready.catch(function () { self.ready = null; });
    }
    return this.ready;
  };

  /** The position of the last fragment whose first term is <= term (strings compare by UTF-16, as in Java). */
  Index.prototype.chunkOf = function (term) {
    var list = this.manifest.chunks, lo = 0, hi = list.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (list[mid][0] <= term) lo = mid; else hi = mid - 1;
    }
    return lo;
  };

  Index.prototype.chunk = function (i) {
    var name = this.manifest.chunks[i][1];
    if (!this.chunks.has(name)) {
      this.chunks.set(name, getJson(new URL('t/' + name + '.json', this.url)));
    }
    return this.chunks.get(name);
  };

  /** What result id shows: title (t), link (u), ISO and displayed date (i, d), excerpt (e). */
  Index.prototype.doc = function (id) {
    var per = this.manifest.per, file = Math.floor(id / per);
    if (!this.docs.has(file)) {
      this.docs.set(file, getJson(new URL('d/' + file + '.json?v=' + this.manifest.v, this.url)));
    }
    return this.docs.get(file).then(function (entries) { return entries[id - file * per]; });
  };

  /** The readable text of a result's page, white space collapsed; '' when it cannot be had. */
  Index.prototype.text = function (doc) {
    if (!this.texts.has(doc.u)) {
      this.texts.set(doc.u, fetch(doc.u).then(function (r) {
        if (!r.ok) return '';
        return r.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var el = page.querySelector('[data-kiln-search-text]') || page.querySelector('main');
          return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
        });
      }).catch(function () { return ''; }));
    }
    return this.texts.get(doc.u);
  };

  /** Ranked hits for query: entries that hold every word first, then by summed score, newer first. */
  Index.prototype.search = function (query) {
    var self = this;
    return this.load().then(function () {
      var terms = [];
      analyze(query, self.rules).forEach(function (w) { if (terms.indexOf(w.term) < 0) terms.push(w.term); });
      if (!terms.length || !self.manifest.chunks.length) return { terms: terms, prefix: [], hits: [] };
      var plans = terms.map(function (t) {
        var first = self.chunkOf(t), last = first, prefix = t.length >= PREFIX_MIN;
        if (prefix) last = Math.min(self.chunkOf(t + '\uffff'), first + MAX_PREFIX_CHUNKS - 1);
        var wanted = [];
        for (var i = first; i <= last; i++) wanted.push(self.chunk(i));
        return Promise.all(wanted).then(function (chunks) { return { term: t, prefix: prefix, chunks: chunks }; });
      });
      return Promise.all(plans).then(function (plans) {
        var total = new Map();
        plans.forEach(function (plan) {
          var best = new Map();
          plan.chunks.forEach(function (chunk) {
            chunk.forEach(function (entry) {
              var exact = entry[0] === plan.term;
              if (!exact && !(plan.prefix && entry[0].startsWith(plan.term))) return;
              var id = 0, factor = exact ? 1 : PREFIX_WEIGHT, deltas = entry[1], scores = entry[2];
              for (var i = 0; i < deltas.length; i++) {
                id += deltas[i];
                var s = scores[i] * factor;
                if (!(best.get(id) >= s)) best.set(id, s);
              }
            });
          });
          best.forEach(function (s, id) {
            var t = total.get(id) || { id: id, score: 0, words: 0 };
            t.score += s;
            t.words += 1;
            total.set(id, t);
          });
        });
        var hits = Array.from(total.values());
        hits.sort(function (a, b) { return b.words - a.words || b.score - a.score || b.id - a.id; });
        return { terms: terms, prefix: plans.filter(function (p) { return p.prefix; }).map(function (p) { return p.term; }), hits: hits };
      });
    });
  };

  function getJson(url, cache) {
    return fetch(url, cache ? { cache: cache } : {}).then(function (r) {
      if (!r.ok) throw new Error(r.status + ' for ' + url);
      return r.json();
    });
  }

  /** True when the word found in a text is one the query asked for. */
  function matcher(result) {
    return function (term) {
      return result.terms.indexOf(term) >= 0 || result.prefix.some(function (p) { return term.startsWith(p); });
    };
  }

  /** Appends text to parent with the matched words in <mark>; from/to cut the text. */
  function highlight(parent, text, words, matches, from, to) {
    var at = from;
    words.forEach(function (w) {
      if (w.start < from || w.end > to || !matches(w.term)) return;
      parent.appendChild(document.createTextNode(text.slice(at, w.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(w.start, w.end);
      parent.appendChild(mark);
      at = w.end;
    });
    parent.appendChild(document.createTextNode(text.slice(at, to)));
  }

  /** The part of the text with the most different matched words, or its beginning. */
  function snippet(parent, doc, pageText, rules, matches) {
    var text = pageText || doc.e || '';
    var words = analyze(text, rules);
    var hits = words.filter(function (w) { return matches(w.term); });
    var from = 0, bestCount = 0;
    hits.forEach(function (h) {
      var seen = new Set();
      hits.forEach(function (o) { if (o.start >= h.start && o.end <= h.start + SNIPPET) seen.add(o.term); });
      if (seen.size > bestCount) { bestCount = seen.size; from = h.start; }
    });
    if (!hits.length && doc.e) { text = doc.e; words = analyze(text, rules); }
    from = Math.max(0, from - 40);
    if (from > 0) { var space = text.indexOf(' ', from); from = space < 0 || space > from + 30 ? from : space + 1; }
    var to = Math.min(text.length, from + SNIPPET);
    if (to < text.length) { var back = text.lastIndexOf(' ', to); if (back > from + SNIPPET / 2) to = back; }
    if (from > 0) parent.appendChild(document.createTextNode('… '));
    highlight(parent, text, words, matches, from, to);
    if (to < text.length) parent.appendChild(document.createTextNode(' …'));
  }

  function SearchBox(form, index) {
    this.form = form;
    this.index = index;
    this.input = form.querySelector('input[name="q"]');
    this.list = form.querySelector('ol');
    this.status = form.querySelector('[role="status"]');
    this.popup = form.querySelector('.search-popup');
    this.more = form.querySelector('.search-more');
    this.isPage = form.hasAttribute('data-kiln-search-page');
    this.generation = 0;
    this.timer = 0;
    this.runs = 0;
    this.wire();
  }

  SearchBox.prototype.wire = function () {
    var self = this;
    this.input.addEventListener('input', function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.run(); }, DEBOUNCE_MS);
    });
    if (this.isPage) {
      this.form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(self.timer); self.run(); });
      if (this.more) this.more.addEventListener('click', function () { self.show(self.shown); });
    }
    this.input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && self.popup && !self.popup.hidden) { e.preventDefault(); self.close(); }
      if (e.key === 'ArrowDown') { var first = self.list.querySelector('a'); if (first) { e.preventDefault(); first.focus(); } }
    });
    this.list.addEventListener('keydown', function (e) {
      var links = Array.prototype.slice.call(self.list.querySelectorAll('a'));
      var i = links.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i >= 0 && i + 1 < links.length) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp' && i >= 0) { e.preventDefault(); (i > 0 ? links[i - 1] : self.input).focus(); }
      if (e.key === 'Escape') { e.preventDefault(); self.input.focus(); self.close(); }
    });
    if (this.popup) {
      document.addEventListener('click', function (e) { if (!self.form.contains(e.target)) self.close(); });
      this.input.addEventListener('focus', function () { if (self.list.children.length) self.popup.hidden = false; });
    }
  };

  SearchBox.prototype.close = function () {
    if (this.popup) this.popup.hidden = true;
  };

  SearchBox.prototype.run = function () {
    var self = this, query = this.input.value.trim(), generation = ++this.generation;
    if (this.isPage) {
      var url = location.pathname + (query ? '?q=' + encodeURIComponent(query).replace(/%20/g, '+') : '');
      history.replaceState(null, '', url);
    }
    if (!query) { this.clear(''); this.close(); return Promise.resolve(); }
    this.form.setAttribute('data-kiln-runs', String(++this.runs));
    this.started = performance.now();
    return this.index.search(query).then(function (result) {
      if (generation !== self.generation) return;
      self.result = result;
      self.query = query;
      self.clear('');
      return self.show(0);
    }).catch(function (e) {
      if (generation === self.generation) self.clear('Search is not available right now (' + e.message + ').');
    });
  };

  SearchBox.prototype.clear = function (message) {
    this.list.textContent = '';
    this.status.textContent = message;
    this.shown = 0;
    if (this.more) this.more.hidden = true;
  };

  /**
   * Renders the next page of results, starting at from: titles, dates and excerpts as soon as the
   * result files are in (data-kiln-ms, data-kiln-shown), then each snippet from the result's page
   * as it arrives (data-kiln-ready once all have).
   */
  SearchBox.prototype.show = function (from) {
    var self = this, generation = this.generation, result = this.result, index = this.index;
    var count = this.isPage ? PAGE_RESULTS : POPUP_RESULTS;
    var hits = result.hits.slice(from, from + count);
    return Promise.all(hits.map(function (h) { return index.doc(h.id); })).then(function (docs) {
      if (generation !== self.generation) return;
      var matches = matcher(result), rules = index.rules;
      var snippets = docs.map(function (doc) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = doc.u;
        a.className = 'search-title';
        highlight(a, doc.t, analyze(doc.t, rules), matches, 0, doc.t.length);
        li.appendChild(a);
        if (doc.i) {
          var meta = document.createElement('p');
          meta.className = 'meta';
          var time = document.createElement('time');
          time.dateTime = doc.i;
          time.textContent = doc.d;
          meta.appendChild(time);
          li.appendChild(meta);
        }
        var p = document.createElement('p');
        p.className = 'snippet';
        snippet(p, doc, '', rules, matches);
        li.appendChild(p);
        self.list.appendChild(li);
        return index.text(doc).then(function (text) {
          if (generation !== self.generation || !text) return;
          var better = document.createElement('p');
          better.className = 'snippet';
          snippet(better, doc, text, rules, matches);
          li.replaceChild(better, p);
        });
      });
      self.shown = from + docs.length;
      var n = result.hits.length;
      self.status.textContent = n === 0 ? 'No results for “' + self.query + '”.'
        : n + (n === 1 ? ' result' : ' results') + ' for “' + self.query + '”'
          + (self.isPage || n <= self.shown ? '.' : ' — press Enter to see all.');
      if (self.more) self.more.hidden = self.shown >= n;
      if (self.popup) self.popup.hidden = false;
      self.form.setAttribute('data-kiln-ms', String(Math.round(performance.now() - self.started)));
      self.form.setAttribute('data-kiln-shown', String(Math.round(performance.now())));
      return Promise.all(snippets).then(function () {
        if (generation === self.generation) self.form.setAttribute('data-kiln-ready', String(Math.round(performance.now())));
      });
    });
  };

  function isEditable(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function start() {
    var boxes = [], indexes = new Map();
    document.querySelectorAll('form[data-kiln-search]').forEach(function (form) {
      var url = form.getAttribute('data-kiln-search');
      if (!indexes.has(url)) indexes.set(url, new Index(url));
      boxes.push(new SearchBox(form, indexes.get(url)));
    });
    if (!boxes.length) return;
    var main = boxes.filter(function (b) { return b.isPage; })[0] || boxes[0];
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isEditable(document.activeElement)) return;
      e.preventDefault();
      main.input.focus();
      main.input.select();
    });
    boxes.forEach(function (b) {
      // Load the manifest once the reader shows interest, not on every page view.
      b.input.addEventListener('focus', function () { b.index.load().catch(function () {}); }, { once: true });
    });
    if (main.isPage) {
      var q = new URLSearchParams(location.search).get('q');
      if (q) { main.input.value = q; main.run(); }
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
