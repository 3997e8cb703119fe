// SPDX-License-Identifier: MIT
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { BUMPS, bumpBetween, compareBumps, maxBump, nextVersion, stepAllows } from '../src/versioning/index.js';

const version = fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 20 })).map((parts) => parts.join('.'));

describe('version bumps', () => {
  it('orders bumps none < patch < minor < major and takes the largest', () => {
    assert.deepEqual([...BUMPS].sort(compareBumps), ['none', 'patch', 'minor', 'major']);
    assert.equal(maxBump([]), 'none');
    assert.equal(maxBump(['patch', 'major', 'minor']), 'major');
  });

  it('names the step between two versions', () => {
    assert.equal(bumpBetween('1.0.0', '2.0.0'), 'major');
    assert.equal(bumpBetween('1.2.3', '1.3.0'), 'minor');
    assert.equal(bumpBetween('1.2.3', '1.2.4'), 'patch');
    assert.equal(bumpBetween('1.2.3', '1.2.3'), 'none');
    assert.equal(bumpBetween('2.0.0', '1.9.9'), 'lower');
    assert.equal(bumpBetween('1.9.0', '1.10.0'), 'minor', 'numbers compare as numbers');
  });

  it('gives the next version for a bump', () => {
    assert.equal(nextVersion('1.2.3', 'major'), '2.0.0');
    assert.equal(nextVersion('1.2.3', 'minor'), '1.3.0');
    assert.equal(nextVersion('1.2.3', 'patch'), '1.2.4');
    assert.equal(nextVersion('1.2.3', 'none'), '1.2.3');
  });

  it('a step allows a demanded bump exactly when it is at least as large', () => {
    assert.equal(stepAllows('1.0.0', '1.1.0', 'minor'), true);
    assert.equal(stepAllows('1.0.0', '1.0.1', 'minor'), false);
    assert.equal(stepAllows('1.0.0', '2.0.0', 'patch'), true);
    assert.equal(stepAllows('2.0.0', '1.0.0', 'none'), false);
  });

  it('the next version for a bump is always a step of exactly that bump', () => {
    fc.assert(
      fc.property(version, fc.constantFrom('patch', 'minor', 'major' as const), (v, bump) => {
        assert.equal(bumpBetween(v, nextVersion(v, bump)), bump);
        assert.equal(stepAllows(v, nextVersion(v, bump), bump), true);
      }),
    );
  });
});
