/**
 * Every source the guide cites (see /work/shared/content/FACTS.md, "Sources"). Titles are
 * locale keys; URLs are not translated. Links are shown to the reader, never fetched. Sources
 * without a stable public URL are cited by name only.
 */
export interface GuideSource {
  readonly titleKey: string;
  readonly url?: string;
}

export const GUIDE_SOURCES = {
  nhsBackPain: { titleKey: 'guideSrcNhsBackPain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  nhsTreatment: { titleKey: 'guideSrcNhsTreatment' },
  nhsSprains: {
    titleKey: 'guideSrcNhsSprains',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  nhsCaudaEquina: {
    titleKey: 'guideSrcNhsCaudaEquina',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  nice: {
    titleKey: 'guideSrcNice',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  },
  acp: { titleKey: 'guideSrcAcp', url: 'https://doi.org/10.7326/M16-2367' },
  cochraneHeatCold: {
    titleKey: 'guideSrcCochraneHeatCold',
    url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  },
  nadler: { titleKey: 'guideSrcNadler', url: 'https://doi.org/10.1053/apmr.2003.50102' },
  garra: { titleKey: 'guideSrcGarra', url: 'https://doi.org/10.1111/j.1553-2712.2010.00735.x' },
  cochraneBedRest: {
    titleKey: 'guideSrcCochraneBedRest',
    url: 'https://doi.org/10.1002/14651858.CD007612.pub2',
  },
  aafp: {
    titleKey: 'guideSrcAafp',
    url: 'https://www.aafp.org/pubs/afp/issues/2012/0215/p343.html',
  },
  mayoHome: { titleKey: 'guideSrcMayoHome' },
  mayoSymptoms: {
    titleKey: 'guideSrcMayoSymptoms',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
  },
  clevelandIceHeat: { titleKey: 'guideSrcClevelandIceHeat' },
  clevelandProstaglandins: { titleKey: 'guideSrcClevelandProstaglandins' },
  mpftCold: { titleKey: 'guideSrcMpftCold' },
  mpftHeat: { titleKey: 'guideSrcMpftHeat' },
  cuh: { titleKey: 'guideSrcCuh' },
  mersey: { titleKey: 'guideSrcMersey' },
  blackpool: { titleKey: 'guideSrcBlackpool' },
  aneurinBevan: { titleKey: 'guideSrcAneurinBevan' },
  uchicago: { titleKey: 'guideSrcUchicago' },
  csp: { titleKey: 'guideSrcCsp' },
  bjsm: { titleKey: 'guideSrcBjsm', url: 'https://doi.org/10.1136/bjsports-2019-101253' },
  lancet: { titleKey: 'guideSrcLancet', url: 'https://doi.org/10.1016/S0140-6736(18)30480-X' },
  ruas: { titleKey: 'guideSrcRuas', url: 'https://doi.org/10.3390/jfmk2030029' },
  jpain: { titleKey: 'guideSrcJpain', url: 'https://doi.org/10.1016/j.jpain.2013.10.008' },
  ricciotti: {
    titleKey: 'guideSrcRicciotti',
    url: 'https://doi.org/10.1161/ATVBAHA.110.207449',
  },
} as const satisfies Record<string, GuideSource>;

export type GuideSourceId = keyof typeof GUIDE_SOURCES;
