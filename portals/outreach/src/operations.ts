export const CAMPAIGNS_QUERY = /* GraphQL */ `
  query Campaigns($offset: Int!, $limit: Int!) {
    campaigns(offset: $offset, limit: $limit) {
      nodes {
        id
        name
        status
      }
      totalCount
      hasNextPage
    }
  }
`;
