// @vitest-environment happy-dom
import { GraphqlRequestError, keepFormsBeforeSignIn, useKeptFormRestored } from '@omsorg/ui';
import { mount } from '@vue/test-utils';
import { phoneNumber } from '@omsorg/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import rulesSv from '@omsorg/rules/messages/sv.json';
import { testPlugins } from '@omsorg/ui/testing';
import { z } from 'zod';
import { useValidatedForm, type ValidatedForm } from './use-validated-form.ts';

const schema = z.object({
  phone: phoneNumber,
  message: z.string().trim().max(10, 'validation.tooLong'),
  day: z.string().refine((value) => value !== '', 'callback.errors.day'),
});

async function open(options: { keep?: string } = {}): Promise<ValidatedForm<typeof schema>> {
  const { i18n, router, global } = testPlugins();
  i18n.global.mergeLocaleMessage('sv', { rules: rulesSv, app: { callback: { errors: { day: 'Välj en dag.' } } } });
  await router.push('/ring-upp');
  let form: ValidatedForm<typeof schema> | undefined;
  mount(
    defineComponent({
      setup() {
        form = useValidatedForm({
          schema,
          initialValues: { phone: '', message: '', day: '' },
          fieldIds: { phone: 'cb-phone', message: 'cb-message', day: 'cb-day' },
          fallbackField: 'cb-message',
          messages: 'app',
          ...options,
        });
        return () => h('div');
      },
    }),
    { global },
  );
  return form as ValidatedForm<typeof schema>;
}

const ok = (data: unknown) => async () => ({ __typename: 'MutationRequestCallbackSuccess' as const, data });

describe('useValidatedForm', () => {
  afterEach(() => sessionStorage.clear());

  it('checks on submit, in the order of the form, with the shared rules’ and the form’s own words, and sends nothing', async () => {
    const form = await open();
    form.values.message = 'far too long text';
    let sent = false;
    const result = await form.submit(async () => {
      sent = true;
      return { __typename: 'MutationRequestCallbackSuccess' as const, data: 1 };
    });
    expect(result).toBeNull();
    expect(sent).toBe(false);
    expect(form.errors.value).toEqual([
      { field: 'cb-phone', message: 'Fyll i det här fältet.' },
      { field: 'cb-message', message: 'Texten får vara högst 10 tecken.' },
      { field: 'cb-day', message: 'Välj en dag.' },
    ]);
    expect(form.fieldError('phone')).toBe('Fyll i det här fältet.');
  });

  it('sends the checked (trimmed) values and returns the success data', async () => {
    const form = await open();
    Object.assign(form.values, { phone: ' 070-123 45 67 ', message: 'Hej', day: 'mån' });
    let sentValues: unknown;
    const data = await form.submit(async (values) => {
      sentValues = values;
      return { __typename: 'MutationRequestCallbackSuccess' as const, data: { id: 'c-1' } };
    });
    expect(sentValues).toEqual({ phone: '070-123 45 67', message: 'Hej', day: 'mån' });
    expect(data).toEqual({ id: 'c-1' });
    expect(form.errors.value).toEqual([]);
  });

  it('shows the service’s field errors and problems, and keeps the values', async () => {
    const form = await open();
    Object.assign(form.values, { phone: '070-123 45 67', day: 'mån' });
    await form.submit(async () => ({ __typename: 'ValidationError' as const, message: 'Rätta', issues: [{ field: 'phone', message: 'Numret är spärrat.' }] }));
    expect(form.errors.value).toEqual([{ field: 'cb-phone', message: 'Numret är spärrat.' }]);
    await form.submit(async () => ({ __typename: 'ConflictError' as const, message: 'Ändrat' }));
    expect(form.problem.value).toEqual({ kind: 'conflict', message: 'Ändrat' });
    await form.submit(async () => {
      throw new GraphqlRequestError('graphql', 'Nej', { errors: [{ message: 'Nej', extensions: { code: 'FORBIDDEN' } }] });
    });
    expect(form.problem.value).toEqual({ kind: 'forbidden' });
    await form.submit(async () => {
      throw new GraphqlRequestError('network', 'down');
    });
    expect(form.problem.value).toEqual({ kind: 'failed' });
    expect(form.values.phone).toBe('070-123 45 67');
    expect(await form.submit(ok(7))).toBe(7);
    expect(form.problem.value).toBeNull();
  });

  it('puts back what was kept over "Logga in igen", once', async () => {
    sessionStorage.setItem('omsorg:kept-form:/ring-upp#callback', JSON.stringify({ phone: '08-123 456', message: 'Kvar', day: '' }));
    const form = await open({ keep: 'callback' });
    expect(form.restored).toBe(true);
    expect(form.values.message).toBe('Kvar');
    expect(useKeptFormRestored().value).toBe(true);
    await form.submit(ok(1));
    expect(form.errors.value.map((error) => error.field)).toEqual(['cb-day']);
    form.values.day = 'tis';
    await form.submit(ok(1));
    expect(useKeptFormRestored().value).toBe(false);
  });

  it('keeps what is typed when "Logga in igen" is pressed', async () => {
    const form = await open({ keep: 'callback' });
    form.values.message = 'Ring efter tre';
    keepFormsBeforeSignIn();
    expect(JSON.parse(sessionStorage.getItem('omsorg:kept-form:/ring-upp#callback') ?? 'null')).toEqual({ phone: '', message: 'Ring efter tre', day: '' });
  });
});
