import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode } from './decode.js';

const UK = 'Мер Києва Віталій Кличко продовжив комендантську годину до понеділка. Росія заперечує удари по цивільних.';
const FR = 'Le maire de Kyiv a prolongé le couvre-feu jusqu’à lundi. « Nous gagnerons », a-t-il déclaré à la télévision, très ému.';

test('decode: UTF-8, with and without a BOM', () => {
  const r = decode(new TextEncoder().encode(FR));
  assert.ok(r.ok && r.value.text === FR && r.value.encoding.name === 'utf-8');
  const bom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Kyiv')]));
  assert.ok(bom.ok && bom.value.text === 'Kyiv');
});

test('decode: UTF-16 LE and BE by their BOM', () => {
  for (const [enc, bom] of [['utf16le', [0xff, 0xfe]], ['utf16be', [0xfe, 0xff]]] as const) {
    const body = enc === 'utf16le' ? Buffer.from(UK, 'utf16le') : Buffer.from(UK, 'utf16le').swap16();
    const r = decode(new Uint8Array([...bom, ...body]));
    assert.ok(r.ok, enc);
    assert.equal(r.value.text, UK);
  }
});

test('decode: Windows-1251 Cyrillic and Windows-1252 Latin are detected', () => {
  const ru = 'Мэр Киева Виталий Кличко продлил комендантский час до понедельника. Россия отрицает удары по мирным жителям и больницам.';
  const cyr = decode(iconv.encode(ru, 'win1251'));
  assert.ok(cyr.ok && cyr.value.encoding.name === 'windows-1251', JSON.stringify(cyr.ok && cyr.value.encoding));
  assert.equal(cyr.value.text, ru);
  const lat = decode(iconv.encode(FR.replace('’', "'").replace(/[«»]/g, '"'), 'win1252'));
  assert.ok(lat.ok);
  assert.equal(lat.value.text, FR.replace('’', "'").replace(/[«»]/g, '"'));
});

test('decode: Latin-1 text decodes to the same characters', () => {
  const text = 'Réfugiés à la frontière: déjà plus de mille personnes évacuées vers la Moldavie, selon les autorités.';
  const r = decode(iconv.encode(text, 'latin1'));
  assert.ok(r.ok);
  assert.equal(r.value.text, text);
});

test('decode: UTF-8 cut in the middle of a character keeps the text and warns', () => {
  const bytes = new TextEncoder().encode('Київ — столиця');
  const r = decode(bytes.subarray(0, bytes.length - 1));
  assert.ok(r.ok);
  assert.equal(r.value.text, 'Київ — столиц');
  assert.match(r.value.warnings[0]!, /ends in the middle of a UTF-8 character/);
});

test('decode: empty and binary input are refused with a reason', () => {
  const empty = decode(new Uint8Array());
  assert.ok(!empty.ok && empty.code === 'EMPTY');
  const png = decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  assert.ok(!png.ok && png.code === 'BINARY');
});

test('decode: a wrong or unknown declared charset is not trusted, and says so', () => {
  const cyrillic = new TextEncoder().encode('Обстріл Харкова триває вже третю добу, повідомив губернатор.');
  const wrong = decode(cyrillic, 'windows-1251');
  assert.ok(wrong.ok && wrong.value.encoding.name === 'utf-8' && wrong.value.text.startsWith('Обстріл'));
  assert.ok(wrong.ok && wrong.value.warnings.some((w) => w.includes('"windows-1251" does not fit')), JSON.stringify(wrong));
  const unknown = decode(cyrillic, 'x-klingon');
  assert.ok(unknown.ok && unknown.value.warnings.some((w) => w.includes('"x-klingon" is unknown')), JSON.stringify(unknown));
  const ascii = decode(new TextEncoder().encode('Plain ASCII text.'), 'iso-8859-1');
  assert.ok(ascii.ok && ascii.value.warnings.length === 0, 'ASCII fits every declaration');
  const fits = decode(cyrillic, 'UTF8');
  assert.ok(fits.ok && fits.value.warnings.length === 0, 'utf8 and UTF-8 are one charset');
});
