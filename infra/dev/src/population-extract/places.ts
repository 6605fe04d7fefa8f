/**
 * Stockholm district areas with their postal towns, postal code ranges and street names, for the
 * generated population extract. The street names are real-looking (most exist in the area); the
 * house numbers and codes are invented. `share` is the area's part of the extract.
 */
export type Place = { districtArea: string; postalTown: string; postalCodes: readonly string[]; streets: readonly string[]; share: number };

export const PLACES: readonly Place[] = [
  // Hägersten-Älvsjö
  { districtArea: 'Fruängen', postalTown: 'Hägersten', postalCodes: ['129 50', '129 51', '129 52', '129 53', '129 54'], streets: ['Fruängsgången', 'Elsa Brändströms gata', 'Fruängsgården', 'Västertorpsvägen', 'Ellen Keys gata', 'Selma Lagerlöfs väg'], share: 10 },
  { districtArea: 'Hägersten', postalTown: 'Hägersten', postalCodes: ['126 49', '126 50', '126 51', '126 52', '126 53'], streets: ['Hägerstensvägen', 'Personnevägen', 'Klubbacken', 'Sedelvägen', 'Riksbankens väg'], share: 10 },
  { districtArea: 'Hägerstensåsen', postalTown: 'Hägersten', postalCodes: ['129 37', '129 38', '129 39', '129 40'], streets: ['Slalomvägen', 'Störtloppsvägen', 'Skidbacksvägen', 'Utförsbacken', 'Vallavägen'], share: 8 },
  { districtArea: 'Västertorp', postalTown: 'Hägersten', postalCodes: ['129 41', '129 42', '129 43', '129 44'], streets: ['Västertorpsvägen', 'Ormängsgatan', 'Tältvägen', 'Lägervägen', 'Bivackvägen'], share: 7 },
  { districtArea: 'Midsommarkransen', postalTown: 'Hägersten', postalCodes: ['126 32', '126 33', '126 34', '126 35'], streets: ['Tellusborgsvägen', 'Svandammsvägen', 'Bäckvägen', 'Sparbanksvägen', 'Anders Reimers väg'], share: 7 },
  { districtArea: 'Mälarhöjden', postalTown: 'Hägersten', postalCodes: ['129 31', '129 32', '129 33', '129 34'], streets: ['Mälarhöjdsvägen', 'Vinjettvägen', 'Hammarvägen', 'Ängsholmsvägen', 'Kaninholmsvägen'], share: 6 },
  { districtArea: 'Älvsjö', postalTown: 'Älvsjö', postalCodes: ['125 30', '125 31', '125 32', '125 33', '125 34'], streets: ['Älvsjövägen', 'Götalandsvägen', 'Älvsjö gårdsväg', 'Sjöviksvägen', 'Varpvägen'], share: 10 },
  { districtArea: 'Liseberg', postalTown: 'Älvsjö', postalCodes: ['125 52', '125 53', '125 54'], streets: ['Lillåvägen', 'Lisebergsvägen', 'Fagerstagatan', 'Ekebyvägen'], share: 5 },
  { districtArea: 'Solberga', postalTown: 'Älvsjö', postalCodes: ['125 40', '125 41', '125 42', '125 43'], streets: ['Solberga ängsväg', 'Åmålsvägen', 'Kättingvägen', 'Fornbyvägen'], share: 5 },
  { districtArea: 'Långbro', postalTown: 'Älvsjö', postalCodes: ['125 55', '125 56', '125 57'], streets: ['Långbrodalsvägen', 'Långbro gårdsväg', 'Herrängens gårdsväg', 'Sockenvägen'], share: 5 },
  // Skärholmen
  { districtArea: 'Bredäng', postalTown: 'Skärholmen', postalCodes: ['127 31', '127 32', '127 33', '127 34'], streets: ['Bredängsvägen', 'Stora Sällskapets väg', 'Ålgrytevägen', 'Drakenbergsvägen'], share: 9 },
  { districtArea: 'Sätra', postalTown: 'Skärholmen', postalCodes: ['127 35', '127 36', '127 37', '127 38'], streets: ['Sätra torg', 'Bäckgårdsvägen', 'Tuppvägen', 'Björksätravägen'], share: 7 },
  { districtArea: 'Skärholmen', postalTown: 'Skärholmen', postalCodes: ['127 40', '127 41', '127 42', '127 43'], streets: ['Skärholmsvägen', 'Bodholmsplan', 'Storholmsgatan', 'Måsholmstorget'], share: 6 },
  { districtArea: 'Vårberg', postalTown: 'Skärholmen', postalCodes: ['127 44', '127 45', '127 46', '127 47'], streets: ['Vårbergsvägen', 'Vårby allé', 'Hagtornsvägen', 'Vårdkasvägen'], share: 5 },
];

export const FEMALE_GIVEN_NAMES = [
  'Birgitta', 'Margareta', 'Karin', 'Kerstin', 'Ingrid', 'Marianne', 'Gunilla', 'Anna', 'Elisabeth', 'Eva', 'Maria', 'Barbro',
  'Ulla', 'Britt', 'Inger', 'Gun', 'Gunnel', 'Agneta', 'Lena', 'Christina', 'Siv', 'Birgit', 'Astrid', 'Elsa', 'Maj',
  'Aino', 'Pirjo', 'Leena', 'Fatima', 'Zeynep', 'Maja', 'Solveig', 'Ann-Marie', 'Monica', 'Berit',
] as const;

export const MALE_GIVEN_NAMES = [
  'Lars', 'Karl', 'Jan', 'Per', 'Anders', 'Bengt', 'Bo', 'Hans', 'Lennart', 'Leif', 'Sven', 'Erik', 'Göran', 'Rolf',
  'Kjell', 'Stig', 'Olof', 'Gunnar', 'Åke', 'Ulf', 'Björn', 'Nils', 'Bertil', 'Sten', 'Matti', 'Seppo', 'Ali', 'Mehmet',
  'Per-Olof', 'Gösta', 'Ingvar', 'Tore', 'Sune', 'Roland', 'Christer',
] as const;

export const FAMILY_NAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson',
  'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
  'Nordström', 'Virtanen', 'Korhonen', 'Nieminen', 'Haddad', 'Yilmaz', 'Hussein', 'Kowalski', 'Öberg', 'Åberg',
] as const;
