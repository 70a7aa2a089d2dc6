import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveOptions } from './options.js';

test('a bad option value is named beside what is accepted', () => {
  assert.throws(() => resolveOptions({ published: '2014-13-45' }), /published: a date that exists .*; got "2014-13-45"/);
  assert.throws(() => resolveOptions({ timezone: 'Mars/Base' }), /timezone: an IANA timezone such as Europe\/Kyiv; got "Mars\/Base"/);
  assert.throws(() => resolveOptions({ maxBytes: -3 }), /maxBytes: .*; got -3/);
  assert.throws(() => resolveOptions({ colour: 'red' } as never), /\(options\): .*colour/);
});
