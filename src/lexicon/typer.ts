/**
 * Words the event typer leaves out: function words carry no event type, and dropping them lets the
 * pairs it reads join content words ("shelled the village" gives shell_village).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the of in on at to for from by with into onto over under about after before during since until ' +
    'and or but nor so yet as than then that this these those which who whom whose what when where while ' +
    'is are was were be been being am has have had having do does did it its they them their theirs he him ' +
    'his she her hers we us our you your i me my also not no there here such some any each both all other ' +
    'more most very just only own same too can could may might shall should will would must said says say ' +
    'according reported reportedly report reports').split(' '),
);
