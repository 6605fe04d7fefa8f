export interface Campaign {
  id: string;
  name: string;
  status: string;
}

export interface CampaignPage {
  nodes: Campaign[];
  totalCount: number;
  hasNextPage: boolean;
}
