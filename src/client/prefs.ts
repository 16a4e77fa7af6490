/*
 * The one script every page loads (served minified as site/prefs.js by
 * src/pages/site/prefs.js.ts; the benchmark holds it to 1.5 KB gzipped):
 *
 * - reading preferences, remembered in localStorage: text size (标准 100 %,
 *   大 120 %, 特大 145 %, 超大 200 %), high contrast, and 长者模式 (larger
 *   text, more line spacing, darker text, bigger targets; see tokens.css);
 * - the print button and the URL and date a printed page carries;
 * - 朗读 (read aloud) on each requirement, only where the browser has a
 *   Chinese voice (Web Speech API; nothing is loaded from outside).
 *
 * Loaded as a blocking external script in <head>: the first part runs before
 * the page is painted, so a reader who chose 特大 never sees a flash of small
 * text, and being a file (not inline) it works under a Content Security
 * Policy without 'unsafe-inline'. Everything it wires is rendered hidden (or
 * replaced by a plain link) and shown by it, and the reading settings are
 * written by it: without JavaScript the page works and shows no control that
 * does nothing.
 */
(() => {
  const root = document.documentElement;
  const SIZES = ['large', 'xlarge', 'xxlarge'];
  const read = (key: string): string | null => {
    try {
      return localStorage.getItem(`fengong.${key}`);
    } catch {
      return null; // storage disabled: preferences last for this page only
    }
  };
  const write = (key: string, value: string) => {
    try {
      localStorage.setItem(`fengong.${key}`, value);
    } catch {
      /* storage disabled or full */
    }
  };
  /** Sets or removes data-<name> on <html>, which tokens.css reads. */
  const apply = (name: string, value: string | null) => (value ? root.setAttribute(`data-${name}`, value) : root.removeAttribute(`data-${name}`));

  const size = read('textSize');
  apply('text-size', size && SIZES.includes(size) ? size : null);
  apply('contrast', read('contrast') === 'high' ? 'high' : null);
  apply('care', read('care') === 'on' ? 'on' : null);
  // Controls that only work with script are shown from here on (global.css).
  apply('js', 'on');

  const all = (selector: string) => document.querySelectorAll<HTMLElement>(selector);
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  /** A printed page says where it came from and when it was printed. */
  const stamp = () => {
    all('[data-print-url]').forEach((e) => (e.textContent = location.href));
    all('[data-print-date]').forEach((e) => (e.textContent = today()));
  };

  const sync = () => {
    const pressed = (selector: string, on: (b: HTMLElement) => boolean) => all(selector).forEach((b) => b.setAttribute('aria-pressed', String(on(b))));
    pressed('[data-text-size-option]', (b) => b.dataset['textSizeOption'] === (root.dataset['textSize'] ?? 'standard'));
    pressed('[data-contrast-toggle]', () => root.dataset['contrast'] === 'high');
    pressed('[data-care-toggle]', () => root.dataset['care'] === 'on');
  };

  const synth = window.speechSynthesis;
  let speaking: HTMLElement | null = null;
  const stop = () => {
    if (speaking) speaking.textContent = '朗读';
    speaking = null;
    synth.cancel();
  };
  /** Reads a requirement aloud: its number, text, deadline and units. A second press stops. */
  const speak = (button: HTMLElement) => {
    const was = speaking;
    stop();
    if (was === button) return;
    const parts = button.closest('.requirement')?.querySelectorAll('.requirement-label, .text, .line') ?? [];
    const utterance = new SpeechSynthesisUtterance([...parts].map((p) => p.textContent?.trim()).join('。'));
    utterance.lang = 'zh-CN';
    utterance.onend = () => speaking === button && stop();
    speaking = button;
    button.textContent = '停止朗读';
    synth.speak(utterance);
  };
  /** Adds a 朗读 button to every requirement once the browser has a Chinese voice. */
  const addSpeakButtons = () => {
    if (all('[data-speak]').length || !synth.getVoices().some((v) => /^(zh|cmn)/i.test(v.lang))) return;
    all('.requirement-title').forEach((title) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'speak-button';
      button.dataset['speak'] = '';
      button.textContent = '朗读';
      // Which requirement the button reads: its title describes it (the title carries no id in the page's markup,
      // so it gets one from its block's permalink here).
      if (!title.id) title.id = `${title.closest('[id]')?.id ?? 'requirement'}-title`;
      button.setAttribute('aria-describedby', title.id);
      title.after(button);
    });
  };

  /**
   * The reading settings (字号 标准／大／特大／超大, 高对比度) are written here into the page's empty, hidden
   * `[data-prefs]` (src/components/site/Prefs.astro), not by every page: they only work with this script, and
   * their 0.7 KB of markup on each of the 43,000 pages of a 10,000-plan site was 30 MB (docs/pages.md).
   */
  const fill = (box: HTMLElement) => {
    const button = (data: string, label: string) => `<button type="button" class="prefs-button" ${data} aria-pressed="false">${label}</button>`;
    const labels = ['标准', '大', '特大', '超大'];
    box.innerHTML =
      `<div class="prefs-group" role="group" aria-labelledby="prefs-size-label"><span id="prefs-size-label" class="prefs-label">字号</span>${['standard', ...SIZES].map((value, i) => button(`data-text-size-option="${value}"`, labels[i]!)).join('')}</div>` +
      button('data-contrast-toggle', '高对比度');
  };

  const wire = () => {
    document.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('button');
      const data = button?.dataset ?? {};
      if (!button) return;
      if (data['textSizeOption']) {
        apply('text-size', SIZES.includes(data['textSizeOption']) ? data['textSizeOption'] : null);
        write('textSize', data['textSizeOption']);
      } else if ('contrastToggle' in data) {
        const high = root.dataset['contrast'] !== 'high';
        apply('contrast', high ? 'high' : null);
        write('contrast', high ? 'high' : 'normal');
      } else if ('careToggle' in data) {
        const on = root.dataset['care'] !== 'on';
        apply('care', on ? 'on' : null);
        write('care', on ? 'on' : 'off');
        // 长者模式 starts at 特大 text; the reader can still choose 超大 or a smaller size.
        if (on && SIZES.indexOf(root.dataset['textSize'] ?? '') < 1) {
          apply('text-size', 'xlarge');
          write('textSize', 'xlarge');
        }
      } else if ('print' in data) {
        stamp();
        print();
      } else if ('speak' in data) speak(button);
      sync();
    });
    all('[data-prefs]').forEach(fill);
    sync();
    stamp();
    addEventListener('beforeprint', stamp);
    all('[data-prefs], [data-print]').forEach((e) => (e.hidden = false));
    if (synth && window.SpeechSynthesisUtterance) {
      addSpeakButtons();
      synth.addEventListener('voiceschanged', addSpeakButtons);
      addEventListener('pagehide', stop);
    }
  };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
