import type { Framework } from "../catalog-types";

// GDPR, Regulation (EU) 2016/679: the paragraphs of Art. 25 (data protection by design and by
// default) and Art. 32 (security of processing) that Lotse's mappings reference. Titles are short
// paraphrases of the article text. Art. 33/34 (breach notification) are duties that logging and
// backups enable, not something a check can pass or fail, so they are not controls here.

export const GDPR: Framework = {
  id: "gdpr",
  name: "GDPR",
  version: "(EU) 2016/679",
  controls: [
    { id: "Art. 25(1)", title: "Data protection by design: technical measures built into processing" },
    { id: "Art. 25(2)", title: "Data protection by default: data not accessible to an indefinite number of persons" },
    { id: "Art. 32(1)(a)", title: "Security of processing: pseudonymisation and encryption" },
    {
      id: "Art. 32(1)(b)",
      title: "Security of processing: ongoing confidentiality, integrity, availability and resilience",
    },
    {
      id: "Art. 32(1)(c)",
      title: "Security of processing: timely restore of availability and access after an incident",
    },
    {
      id: "Art. 32(1)(d)",
      title: "Security of processing: regular testing, assessment and evaluation of effectiveness",
    },
  ],
};
