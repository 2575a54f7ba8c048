import { parseState, unreadableStateMessage } from '../../src/office/state';

/** A state row edited by hand is skipped, never silently: its row is named for the warning. */
it('reads the records and names the rows that are not records', () => {
  const unreadable: number[] = [];
  const records = parseState(
    [['scoresheet state'], ['{"type":"sheet","name":"检查结果"}'], ['{"type":"sheet",'], ['{"type":"other"}'], ['note'], ['{"type":"mark","sheet":"自评表","address":"B6","fill":null,"note":null}']],
    unreadable,
  );
  expect(records.map((r) => r.type)).toEqual(['sheet', 'mark']);
  expect(unreadable).toEqual([3, 4]);
  expect(unreadableStateMessage(unreadable)).toContain('State rows 3, 4');
  expect(unreadableStateMessage([])).toBeNull();
});
