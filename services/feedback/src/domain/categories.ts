// The categories are shared with the portals and the statistics: one definition in @omsorg/rules.
export * from '@omsorg/rules/feedback';
