/*
 * Reading preferences: text size (标准 / 大 / 特大) and high contrast,
 * remembered in localStorage.
 *
 * Loaded as a blocking external script in <head>: the first part runs before
 * the page is painted, so a reader who chose 特大 never sees a flash of small
 * text; being a file (not inline) it works under a Content Security Policy
 * without 'unsafe-inline'. The second part wires up the control once the page
 * is parsed and reveals it; without JavaScript the control stays hidden.
 */
(function () {
  'use strict';
  var SIZE_KEY = 'fengong.textSize';
  var CONTRAST_KEY = 'fengong.contrast';
  var SIZES = ['standard', 'large', 'xlarge'];
  var root = document.documentElement;

  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null; // storage disabled: preferences last for this page only
    }
  }
  function write(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      /* storage disabled or full */
    }
  }

  function applySize(size) {
    if (size === 'large' || size === 'xlarge') root.setAttribute('data-text-size', size);
    else root.removeAttribute('data-text-size');
  }
  function applyContrast(high) {
    if (high) root.setAttribute('data-contrast', 'high');
    else root.removeAttribute('data-contrast');
  }

  applySize(read(SIZE_KEY));
  applyContrast(read(CONTRAST_KEY) === 'high');

  function wire() {
    // The header has one control for the phone menu and one for wider screens.
    var controls = document.querySelectorAll('[data-prefs]');
    if (!controls.length) return;
    var sizeButtons = document.querySelectorAll('[data-prefs] [data-text-size-option]');
    var contrastButtons = document.querySelectorAll('[data-prefs] [data-contrast-toggle]');
    var i;

    function sync() {
      var current = root.getAttribute('data-text-size') || 'standard';
      var high = String(root.getAttribute('data-contrast') === 'high');
      for (var j = 0; j < sizeButtons.length; j++) {
        var b = sizeButtons[j];
        b.setAttribute('aria-pressed', String(b.getAttribute('data-text-size-option') === current));
      }
      for (var k = 0; k < contrastButtons.length; k++) contrastButtons[k].setAttribute('aria-pressed', high);
    }

    for (i = 0; i < sizeButtons.length; i++) {
      sizeButtons[i].addEventListener('click', function (event) {
        var size = event.currentTarget.getAttribute('data-text-size-option');
        if (SIZES.indexOf(size) < 0) return;
        applySize(size);
        write(SIZE_KEY, size);
        sync();
      });
    }
    for (i = 0; i < contrastButtons.length; i++) {
      contrastButtons[i].addEventListener('click', function () {
        var high = root.getAttribute('data-contrast') !== 'high';
        applyContrast(high);
        write(CONTRAST_KEY, high ? 'high' : 'normal');
        sync();
      });
    }
    sync();
    for (i = 0; i < controls.length; i++) controls[i].hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
