export interface Venue {
  id: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  area: string;
  openingHours: string;
  accessibility: string;
  description: string;
}

export interface VenuePage {
  nodes: Venue[];
  totalCount: number;
  hasNextPage: boolean;
}
