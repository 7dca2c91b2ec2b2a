import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detect } from './detect.js';

const found = (text: string, label: string) =>
  detect(text)
    .filter((s) => s.label === label)
    .map((s) => s.text);

describe('Arabic names', () => {
  it('ends an organisation’s name before "with the support of", and knows a fund for one', () => {
    const text = 'نظّمت هذا التدريب شبكة نساء الضفتين بدعم من صندوق الأمل للتضامن، وشاركت فيه ٣٢ مدافعة.';
    assert.deepEqual(found(text, 'ORGANIZATION'), ['شبكة نساء الضفتين', 'صندوق الأمل للتضامن']);
  });

  it('takes no plural noun nor noun before its genitive for a place, but an unknown town after "from"', () => {
    assert.deepEqual(
      found('إلى منظمات المجتمع المدني والجمعيات في عمل المدافعات عن حقوق الإنسان', 'LOCATION'),
      [],
    );
    assert.deepEqual(found('ريم بن عاشور، ٢٩ عاماً، صحفية من صفاقس، تونس', 'LOCATION'), ['صفاقس', 'تونس']);
  });

  it('takes no verbal noun after "in", "to" or "from" for a place, but the towns beside it', () => {
    const text =
      '«شاركنا في تهدئة ٣ نزاعات بين أسر في مرزق»، ويهدف المشروع إلى تمكين 60 امرأة من أوباري ' +
      'ومن متابعة الحالات في تكريت.';
    assert.deepEqual(found(text, 'LOCATION'), ['مرزق', 'أوباري', 'تكريت']);
  });
});
