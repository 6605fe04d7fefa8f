/** The actions an information page's history shows (the service's ContentAction for pages). */
export const ContentAction = ['CREATED', 'EDITED', 'PUBLISHED', 'UNPUBLISHED'] as const;
