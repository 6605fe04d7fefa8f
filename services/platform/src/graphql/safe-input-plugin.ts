import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { unsafeArgumentsError } from '../server/unsafe-input.ts';
import type { RequestContext } from './context.ts';

/**
 * The safety net under every field's own text validation: its arg mapper runs after the
 * validation plugin's (so a field's typed ValidationError, in Swedish, comes first; Pothos calls
 * onOutputFieldConfig right to left, so this plugin is listed before ValidationPlugin) and
 * before the resolver. Any
 * string argument still holding NUL or other control characters, a lone surrogate, a
 * bidirectional override, or longer than GLOBAL_TEXT_MAX_LENGTH is refused as BAD_USER_INPUT,
 * so no such string reaches the database even where a field forgot `text()`.
 */
export class SafeInputPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return fieldConfig;
    return {
      ...fieldConfig,
      argMappers: [
        ...fieldConfig.argMappers,
        (args, context) => {
          const error = unsafeArgumentsError(args, context as RequestContext);
          if (error) throw error;
          return args;
        },
      ],
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos registers plugins by augmenting this namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      safeInput: SafeInputPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('safeInput', SafeInputPlugin);

export default 'safeInput' as const;
