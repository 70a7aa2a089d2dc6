/** Table-driven cases for each parser: [text, expression, type, value], published 16 March 2022 unless said. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found } from '../../../test/time-helpers.js';

const ROWS: Record<string, Array<[string, string, string, string | null]>> = {
  duration: [
    ['Saturday’s clashes follow two days of fighting.', 'two days', 'DURATION', 'P2D'],
    ['Mariupol has been pummelled for several weeks.', 'several weeks', 'DURATION', 'PXW'],
    ['Strikes intensified over the past 48 hours.', 'the past 48 hours', 'DURATION', 'P2D'],
    ['In the last twenty four hours the market fell.', 'the last twenty four hours', 'DURATION', 'P1D'],
    ['The first nine months were hard.', 'The first nine months', 'DURATION', 'P9M'],
    ['It signed a five-year contract.', 'five-year', 'DURATION', 'P5Y'],
    ['The vote comes 90 days after the election.', '90 days', 'DURATION', 'P90D'],
    ['They lived in refugee camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['The talks lasted five and a half hours.', 'five and a half hours', 'DURATION', 'PT5H30M'],
    ['A minute and a half later, a pilot called in.', 'A minute and a half', 'DURATION', 'PT1M30S'],
    ['The mood will not change for a couple of years.', 'a couple of years', 'DURATION', 'P2Y'],
  ],
  set: [
    ['Officials brief reporters daily.', 'daily', 'SET', 'P1D'],
    ['Russia shells Kharkiv daily, officials say.', 'daily', 'SET', 'P1D'],
    ['The daily tally of inspections was not given.', 'daily', 'SET', 'P1D'],
    ['The Communist Party daily Granma published the letter.', 'daily', 'SET', 'P1D'],
    ['Convoys leave every week.', 'every week', 'SET', 'P1W'],
  ],
  relative: [
    ['The strike happened yesterday.', 'yesterday', 'DATE', '2022-03-15'],
    ['He spoke last week.', 'last week', 'DATE', '2022-W10'],
    ['Prices rose last month.', 'last month', 'DATE', '2022-02'],
    ['The war began about three weeks ago.', 'about three weeks ago', 'DATE', '2022-W08'],
    ['Talks resumed earlier this month.', 'earlier this month', 'DATE', '2022-03'],
    ['Elections are due next year.', 'next year', 'DATE', '2023'],
    ['Troops arrived this morning.', 'this morning', 'TIME', '2022-03-16TMO'],
    ['For the year, output was flat.', 'the year', 'DATE', '2022'],
    ['Losses will grow in the fiscal year.', 'the fiscal year', 'DATE', '2022'],
    ['Sales fell in the latest fiscal year.', 'the latest fiscal year', 'DATE', '2021'],
    ['Use was delayed earlier in the year by rains.', 'earlier in the year', 'DATE', '2022'],
    ['The cut should be done by the end of the year.', 'the end of the year', 'DATE', '2022'],
    ['For the year ended Sept. 30, it earned $4 million.', 'the year', 'DURATION', 'P1Y'],
    ['The year-ago results were restated.', 'year-ago', 'DATE', '2021'],
    ['Traders sold ahead of the weekend.', 'the weekend', 'DATE', '2022-W11-WE'],
    ['Hate groups grew over the past year.', 'the past year', 'DATE', '2021'],
    ['Workers lost earning power in the last decade.', 'the last decade', 'DATE', '201'],
    ['The plant will be closed over the next year.', 'the next year', 'DATE', '2023'],
    ['He was made a general on May 22, 1995, and the following year he went to Washington.', 'the following year', 'DATE', '1996'],
    ['She fled in June 1998 and returned later that year.', 'later that year', 'DATE', '1998'],
    ['The index closed on Friday 4.5% below the previous Friday.', 'the previous Friday', 'DATE', '2022-03-04'],
    ['The deal should close by year-end.', 'year-end', 'DATE', '2022'],
    ['The change is measured since year-end.', 'year-end', 'DATE', '2021'],
    ['The machines were removed a couple of years ago.', 'a couple of years ago', 'DATE', '2020'],
  ],
  reference: [
    ['A curfew is now in force.', 'now', 'DATE', 'PRESENT_REF'],
    ['Attacks have recently intensified.', 'recently', 'DATE', 'PAST_REF'],
  ],
  calendar: [
    ['The treaty was signed in 1990.', '1990', 'DATE', '1990'],
    ['Profits fell in the third quarter.', 'the third quarter', 'DATE', '2022-Q3'],
    ['Third-quarter profits fell.', 'Third-quarter', 'DATE', '2022-Q3'],
    ['It was built in the 1980s.', 'the 1980s', 'DATE', '198'],
    ['Fighting stopped in January this year.', 'January this year', 'DATE', '2022-01'],
    ['The offensive began last fall.', 'last fall', 'DATE', '2021-FA'],
    ['A 20th century democrat, she said.', '20th century', 'DATE', '19'],
    ['Mines were cleared near the eleventh century temple.', 'the eleventh century', 'DATE', '10'],
    ['Castro spoke of the late-November trip.', 'late-November', 'DATE', '2021-11'],
    ['It has not been operational since the early 2000, however.', 'the early 2000', 'DATE', '200'],
    ['Turnout fell after the late 1990 elections.', 'late 1990', 'DATE', '1990'],
    ['Talks collapsed in early 2000.', 'early 2000', 'DATE', '2000'],
    ['He was silent until December 3 of last year.', 'December 3 of last year', 'DATE', '2021-12-03'],
    ['The law came into force on 1 January this year.', '1 January this year', 'DATE', '2022-01-01'],
  ],
  holiday: [
    ['The boy was found at sea on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2021-11-25'],
    ['He was found last Thanksgiving.', 'last Thanksgiving', 'DATE', '2021-11-25'],
    ['The ceasefire will hold until Orthodox Easter.', 'Orthodox Easter', 'DATE', '2022-04-24'],
    ['Parades were cancelled on Victory Day.', 'Victory Day', 'DATE', '2021-05-09'],
  ],
  'part-of-day': [
    ['Dealers placed heavy buy orders in the morning.', 'the morning', 'TIME', '2022-03-16TMO'],
    ['By mid afternoon, officials said the operation was over.', 'mid afternoon', 'TIME', '2022-03-16TAF'],
    ['Shares were up at mid-afternoon yesterday.', 'mid-afternoon yesterday', 'TIME', '2022-03-15TAF'],
  ],
  'spelled-year': [
    ['In nineteen ninety-one Keating was convicted.', 'nineteen ninety-one', 'DATE', '1991'],
    ['January nineteen ninety-seven. Atlanta again.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Prices fell to the level of the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
    ['His promise to halve unemployment by the year two thousand has gone.', 'the year two thousand', 'DATE', '2000'],
  ],
  chrono: [
    ['The report is dated Oct. 23, 1989.', 'Oct. 23, 1989', 'DATE', '1989-10-23'],
    ['Troops crossed on Sept. 30.', 'Sept. 30', 'DATE', '2021-09-30'],
    ['Curfew starts at 5 p.m.', '5 p.m.', 'TIME', '2022-03-16T17:00'],
    ['Forces attacked on Tuesday evening.', 'Tuesday evening', 'TIME', '2022-03-15TEV'],
    ['He was shot on the night of Oct. 23 in his kitchen.', 'Oct. 23', 'DATE', '2021-10-23'],
    // No expression runs over a line break: the kick-off time on the next line is no year.
    ['Ewood Park\nTuesday, 1 March\n\n2000 GMT\nReferee: A. Smith', 'Tuesday, 1 March', 'DATE', '2022-03-01'],
  ],
};

for (const [parser, rows] of Object.entries(ROWS)) {
  test(`parsers: ${parser}`, () => {
    for (const [text, expression, type, value] of rows) {
      const hits = found(text);
      const hit = hits.find(([t]) => t === expression);
      assert.ok(hit, `${JSON.stringify(text)}: "${expression}" not found; found ${JSON.stringify(hits)}`);
      assert.deepEqual(hit, [expression, type, value], JSON.stringify(text));
    }
  });
}
