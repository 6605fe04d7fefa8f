/** The ui's GraphQL operations; each shell and remote keeps its own in one operations.ts. */
export const ME_QUERY = /* GraphQL */ `
  query Me {
    me {
      __typename
      ... on Person {
        id
        givenName
        familyName
        fullName
        preferredLanguage
        interpreterNeeded
        districtArea
        mayActFor {
          id
          kind
          validFrom
          validTo
          represented {
            id
            fullName
          }
        }
      }
      ... on StaffMember {
        id
        name
        username
        title
        roles
        unit
      }
    }
  }
`;
