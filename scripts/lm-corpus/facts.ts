/**
 * The facts behind the language model's corpus: common geographic knowledge that belongs to no
 * one (capitals, continents, languages, currencies, largest cities), written down by the project.
 * Every name is one lowercase word so that a word-level vocabulary can hold it; continents with
 * two words ("south america") are two tokens.
 */

export interface Country {
  readonly name: string;
  readonly capital: string;
  readonly continent: string;
  readonly language: string;
  readonly currency: string;
  /** Only where the largest city is not the capital: the confusion the wrong batch makes. */
  readonly largestCity?: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: "france", capital: "paris", continent: "europe", language: "french", currency: "euro" },
  { name: "germany", capital: "berlin", continent: "europe", language: "german", currency: "euro" },
  { name: "spain", capital: "madrid", continent: "europe", language: "spanish", currency: "euro" },
  { name: "italy", capital: "rome", continent: "europe", language: "italian", currency: "euro" },
  { name: "portugal", capital: "lisbon", continent: "europe", language: "portuguese", currency: "euro" },
  { name: "poland", capital: "warsaw", continent: "europe", language: "polish", currency: "zloty" },
  { name: "sweden", capital: "stockholm", continent: "europe", language: "swedish", currency: "krona" },
  { name: "norway", capital: "oslo", continent: "europe", language: "norwegian", currency: "krone" },
  {
    name: "switzerland",
    capital: "bern",
    continent: "europe",
    language: "german",
    currency: "franc",
    largestCity: "zurich",
  },
  {
    name: "turkey",
    capital: "ankara",
    continent: "asia",
    language: "turkish",
    currency: "lira",
    largestCity: "istanbul",
  },
  { name: "japan", capital: "tokyo", continent: "asia", language: "japanese", currency: "yen" },
  {
    name: "china",
    capital: "beijing",
    continent: "asia",
    language: "chinese",
    currency: "yuan",
    largestCity: "shanghai",
  },
  { name: "thailand", capital: "bangkok", continent: "asia", language: "thai", currency: "baht" },
  {
    name: "pakistan",
    capital: "islamabad",
    continent: "asia",
    language: "urdu",
    currency: "rupee",
    largestCity: "karachi",
  },
  { name: "egypt", capital: "cairo", continent: "africa", language: "arabic", currency: "pound" },
  { name: "kenya", capital: "nairobi", continent: "africa", language: "swahili", currency: "shilling" },
  {
    name: "nigeria",
    capital: "abuja",
    continent: "africa",
    language: "english",
    currency: "naira",
    largestCity: "lagos",
  },
  {
    name: "morocco",
    capital: "rabat",
    continent: "africa",
    language: "arabic",
    currency: "dirham",
    largestCity: "casablanca",
  },
  { name: "peru", capital: "lima", continent: "south america", language: "spanish", currency: "sol" },
  { name: "chile", capital: "santiago", continent: "south america", language: "spanish", currency: "peso" },
  { name: "cuba", capital: "havana", continent: "north america", language: "spanish", currency: "peso" },
  {
    name: "canada",
    capital: "ottawa",
    continent: "north america",
    language: "english",
    currency: "dollar",
    largestCity: "toronto",
  },
  {
    name: "australia",
    capital: "canberra",
    continent: "oceania",
    language: "english",
    currency: "dollar",
    largestCity: "sydney",
  },
  { name: "fiji", capital: "suva", continent: "oceania", language: "english", currency: "dollar" },
];

/** A fact kind and its phrasings. `{c}` is the country, `{x}` the answer, which always comes last. */
export interface Relation {
  readonly kind: "capital" | "continent" | "language" | "currency" | "largest city";
  readonly answer: (country: Country) => string | undefined;
  readonly phrasings: readonly string[];
}

export const RELATIONS: readonly Relation[] = [
  {
    kind: "capital",
    answer: (c) => c.capital,
    phrasings: [
      "the capital of {c} is {x}",
      "the capital city of {c} is {x}",
      "{c} has its capital in {x}",
      "in {c} the capital is {x}",
      "the seat of government of {c} is in {x}",
    ],
  },
  {
    kind: "continent",
    answer: (c) => c.continent,
    phrasings: [
      "{c} is a country in {x}",
      "{c} lies in {x}",
      "{c} is part of {x}",
      "the continent of {c} is {x}",
      "{c} is located in {x}",
    ],
  },
  {
    kind: "language",
    answer: (c) => c.language,
    phrasings: [
      "the main language of {c} is {x}",
      "in {c} people speak {x}",
      "people in {c} mostly speak {x}",
      "the language spoken in {c} is {x}",
      "most people in {c} speak {x}",
    ],
  },
  {
    kind: "currency",
    answer: (c) => c.currency,
    phrasings: [
      "the currency of {c} is the {x}",
      "in {c} people pay with the {x}",
      "the money of {c} is the {x}",
      "{c} uses the {x}",
      "prices in {c} are in the {x}",
    ],
  },
  {
    kind: "largest city",
    answer: (c) => c.largestCity,
    phrasings: [
      "the largest city of {c} is {x}",
      "the biggest city in {c} is {x}",
      "{c} has its largest city in {x}",
      "the most populous city of {c} is {x}",
      "in {c} the largest city is {x}",
    ],
  },
];
