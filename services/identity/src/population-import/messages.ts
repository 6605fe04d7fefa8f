import type { Catalogs } from '@omsorg/platform';

/** What the population-extract upload answers (HTTP), in the uploader's language. */
export const populationImportMessages: Catalogs = {
  sv: {
    'error.populationImport.signIn': 'Logga in för att läsa in en befolkningsfil.',
    'error.populationImport.forbidden': 'Du har inte behörighet att läsa in befolkningsfiler.',
    'error.populationImport.badRequest': 'Filen kunde inte tas emot. Ge den ett namn som slutar på .csv och försök igen.',
    'error.populationImport.tooLarge': 'Filen är för stor. Största tillåtna storlek är {max}.',
    'error.populationImport.notCsv': 'Filen kunde inte läsas som CSV (fel på rad {line}). Inget från filen har lästs in.',
    'error.populationImport.missingColumns': 'Filen saknar kolumnerna {columns}. Första raden ska namnge kolumnerna. Inget från filen har lästs in.',
    'error.rateLimited.populationImports': 'Du har läst in många filer på kort tid. Vänta {wait} och försök igen.',
  },
  en: {
    'error.populationImport.signIn': 'Sign in to import a population file.',
    'error.populationImport.forbidden': 'You may not import population files.',
    'error.populationImport.badRequest': 'The file could not be received. Give it a name ending in .csv and try again.',
    'error.populationImport.tooLarge': 'The file is too large. The largest size allowed is {max}.',
    'error.populationImport.notCsv': 'The file could not be read as CSV (error on line {line}). Nothing from the file was imported.',
    'error.populationImport.missingColumns': 'The file lacks the columns {columns}. The first line must name the columns. Nothing from the file was imported.',
    'error.rateLimited.populationImports': 'You have imported many files in a short time. Wait {wait} and try again.',
  },
  fi: {
    'error.populationImport.signIn': 'Kirjaudu sisään lukeaksesi väestötiedoston.',
    'error.populationImport.forbidden': 'Sinulla ei ole oikeutta lukea väestötiedostoja.',
    'error.populationImport.badRequest': 'Tiedostoa ei voitu vastaanottaa. Anna sille nimi, joka päättyy .csv, ja yritä uudelleen.',
    'error.populationImport.tooLarge': 'Tiedosto on liian suuri. Suurin sallittu koko on {max}.',
    'error.populationImport.notCsv': 'Tiedostoa ei voitu lukea CSV-muodossa (virhe rivillä {line}). Tiedostosta ei luettu mitään.',
    'error.populationImport.missingColumns': 'Tiedostosta puuttuvat sarakkeet {columns}. Ensimmäisen rivin tulee nimetä sarakkeet. Tiedostosta ei luettu mitään.',
    'error.rateLimited.populationImports': 'Olet lukenut monta tiedostoa lyhyessä ajassa. Odota {wait} ja yritä uudelleen.',
  },
};
