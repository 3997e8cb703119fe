// SPDX-License-Identifier: MIT
// The CDN build's CSS minifier (minifyCss in rollup.config.mjs): it may drop only what CSS never
// needs, and must keep quoted strings as written (it once turned `content: ', '` into ',').
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../rollup.config.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace CSS never needs', () => {
    assert.deepEqual(minifyCss(['\n  /* a note */\n  :host {\n    margin: 0.5rem 0 !important;\n    width: calc( 100% - 2px );\n  }\n  a > b, c { color: red; }\n']), [
      ':host{margin:.5rem 0!important;width:calc(100% - 2px)}a>b,c{color:red}',
    ]);
  });

  it('keeps quoted strings, escapes included, and whatever spans the ${} expressions', () => {
    assert.deepEqual(minifyCss([`li + li::before { content: ', '; }\n.q { content: "a \\" ; b"; }`]), [`li + li::before{content:', '}.q{content:"a \\" ; b"}`]);
    assert.deepEqual(minifyCss(['.a { color: ', '; margin: 10.5px -0.5px; }']), ['.a{color:', ';margin:10.5px -0.5px}']);
  });
});
