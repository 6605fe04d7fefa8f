import { captureLogs } from '@omsorg/platform/testing';
import { describe, expect, it } from 'vitest';
import { systemErrorLogPlugin } from './error-log.ts';

const capture = () => captureLogs('gateway-test', 'warn');

/** What Apollo hands willSendResponse, with only the parts the plugin reads. */
async function answer(plugin: ReturnType<typeof systemErrorLogPlugin>, operationName: string | null, errors: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>) {
  const listener = await plugin.requestDidStart!({} as never);
  await listener!.willSendResponse!({ operationName, response: { http: { status: 200 }, body: { kind: 'single', singleResult: { data: {}, errors } } } } as never);
}

describe('systemErrorLogPlugin', () => {
  it('logs the operation, the code and the path of a failed subgraph fetch, never the message', async () => {
    const { lines, log } = capture();
    const plugin = systemErrorLogPlugin(log, new Set(['StaffInbox']));
    await answer(plugin, 'StaffInbox', [
      { message: 'request to http://applications failed, reason: socket hang up (Signe Andersson)', path: ['inbox', 'nodes', 3, 'case'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } },
      { message: 'Ogiltigt personnummer 19420315-2386', path: ['inbox'], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: 40, msg: 'answer with a system error', operation: 'StaffInbox', status: 200, errors: [{ code: 'DOWNSTREAM_SERVICE_ERROR', path: 'inbox.nodes.3.case' }] });
    expect(lines[0]).not.toContain('Signe');
    expect(lines[0]).not.toContain('2386');
  });

  it('stays silent about the client’s own mistakes, and names an unknown operation "other"', async () => {
    const { lines, log } = capture();
    const plugin = systemErrorLogPlugin(log, new Set(['StaffInbox']));
    await answer(plugin, 'StaffInbox', [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }]);
    expect(lines).toHaveLength(0);
    await answer(plugin, 'Anything', [{ message: 'boom' }]);
    expect(JSON.parse(lines[0]!)).toMatchObject({ operation: 'other', errors: [{ code: 'NO_CODE', path: null }] });
  });
});
