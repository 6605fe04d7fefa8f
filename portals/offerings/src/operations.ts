export const VENUES_QUERY = /* GraphQL */ `
  query Venues($offset: Int!, $limit: Int!) {
    venues(offset: $offset, limit: $limit) {
      nodes {
        id
        name
        streetAddress
        postalCode
        area
        openingHours
        accessibility
        description
      }
      totalCount
      hasNextPage
    }
  }
`;
