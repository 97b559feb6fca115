// The demo organisation: who is in it, in which team, and how each rep behaves on LinkedIn.
import type { Persona } from "./activity-generator";
import type { ProfileFacts } from "~/domain/profile-facts";

export const DEMO_ORG = {
  slug: "northwind",
  name: "Northwind Sales",
  industry: "software",
  timezone: "America/New_York",
  icpTitles: ["VP", "Director", "Head of", "Chief", "Procurement", "Operations"],
  icpIndustries: ["Logistics", "Manufacturing", "Retail"],
};

export const DEMO_PASSWORD = "northwind-demo-2026";

export interface DemoPerson {
  email: string;
  name: string;
  title: string;
  role: "OWNER" | "ADMIN" | "MANAGER" | "REP";
  team?: string;
  managesTeams?: string[];
  persona?: Persona;
  profile?: Partial<ProfileFacts>;
}

export const TEAMS = ["Enterprise", "Mid-Market", "SMB"] as const;

// Levels are scaled so the team spreads from the 20s to the high 70s, like a real sales floor.
const p = (level: number, trend: number, content: number, find: number, engage: number, relationships: number, priorConnections: number): Persona => ({
  level: level * 0.3,
  trend,
  content,
  find,
  engage,
  relationships,
  priorConnections,
});

/** [name, title, team, persona, profile completeness 0..1] */
const REPS: [string, string, (typeof TEAMS)[number], Persona, number][] = [
  ["Priya Raman", "Senior Account Executive", "Enterprise", p(1.1, 0.2, 1.1, 1.0, 1.1, 1.1, 620), 1],
  ["Marcus Chen", "Enterprise Account Executive", "Enterprise", p(0.9, 0.5, 0.8, 1.0, 0.9, 1.0, 480), 0.9],
  ["Sofia Alvarez", "Account Executive", "Enterprise", p(0.7, -0.6, 0.6, 0.8, 0.7, 0.7, 350), 0.8],
  ["Daniel O'Brien", "Strategic Account Manager", "Enterprise", p(0.55, 0.3, 0.3, 0.7, 0.5, 1.0, 700), 0.7],
  ["Aisha Bello", "Enterprise Account Executive", "Enterprise", p(1.0, 0.0, 1.2, 0.8, 1.0, 0.9, 540), 1],
  ["Tomás Novak", "Account Executive", "Enterprise", p(0.35, 0.8, 0.3, 0.5, 0.4, 0.5, 210), 0.5],
  ["Hannah Fischer", "Senior Account Executive", "Enterprise", p(0.8, -0.2, 0.9, 0.7, 0.8, 0.8, 430), 0.9],
  ["Kenji Watanabe", "Solutions Account Executive", "Enterprise", p(0.6, 0.1, 0.5, 0.9, 0.6, 0.6, 300), 0.6],
  ["Olivia Grant", "Account Executive", "Mid-Market", p(0.75, 0.4, 0.7, 0.9, 0.8, 0.7, 390), 0.8],
  ["Samuel Okafor", "Account Executive", "Mid-Market", p(0.5, -0.5, 0.4, 0.6, 0.5, 0.6, 260), 0.6],
  ["Mei Lin", "Senior Account Executive", "Mid-Market", p(0.95, 0.1, 1.0, 0.9, 1.0, 0.9, 510), 1],
  ["Lucas \"Luke\" Martin", "Account Executive", "Mid-Market", p(0.3, 0.0, 0.2, 0.4, 0.3, 0.4, 150), 0.4],
  ["Fatima Zahra", "Account Executive", "Mid-Market", p(0.65, 0.7, 0.7, 0.7, 0.6, 0.7, 280), 0.7],
  ["Ethan Brooks", "Account Manager", "Mid-Market", p(0.45, -0.3, 0.3, 0.4, 0.5, 0.9, 640), 0.6],
  ["Isabella Rossi", "Account Executive", "Mid-Market", p(0.85, 0.2, 0.9, 0.8, 0.9, 0.8, 420), 0.9],
  ["Noah Kim", "Account Executive", "Mid-Market", p(0.2, 0.4, 0.2, 0.3, 0.2, 0.3, 90), 0.3],
  ["Grace Mensah", "Sales Development Rep", "SMB", p(0.9, 0.3, 0.5, 1.2, 0.8, 0.7, 240), 0.8],
  ["Liam Walsh", "Sales Development Rep", "SMB", p(0.6, 0.0, 0.3, 1.0, 0.5, 0.5, 180), 0.6],
  ["Zoe Dubois", "Business Development Rep", "SMB", p(0.4, -0.4, 0.3, 0.7, 0.4, 0.4, 120), 0.5],
  ["Arjun Mehta", "Account Executive, SMB", "SMB", p(0.7, 0.6, 0.6, 0.8, 0.7, 0.7, 330), 0.7],
  ["Chloe Nguyen", "Sales Development Rep", "SMB", p(1.0, 0.1, 0.8, 1.1, 1.0, 0.8, 300), 0.9],
  ["Ben Carter", "Account Executive, SMB", "SMB", p(0.25, -0.2, 0.1, 0.4, 0.2, 0.3, 110), 0.3],
  ["Yara Haddad", "Business Development Rep", "SMB", p(0.55, 0.9, 0.5, 0.8, 0.6, 0.6, 200), 0.6],
  ["Oscar Lindqvist", "Sales Development Rep", "SMB", p(0.75, -0.1, 0.6, 0.9, 0.7, 0.6, 260), 0.7],
];

const emailOf = (name: string) =>
  `${name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "")}@northwind.example`;

function profileFor(completeness: number, title: string, connections: number): DemoPerson["profile"] {
  const c = completeness;
  return {
    headline: c >= 0.4 ? `${title} · Helping logistics teams ship faster` : title,
    summaryLength: Math.round(40 + 600 * c),
    hasPhoto: c >= 0.35,
    currentPositions: 1,
    pastPositions: Math.round(4 * c),
    educationCount: c >= 0.3 ? 1 + Math.round(c) : 0,
    skillsCount: Math.round(3 + 20 * c),
    certificationsCount: c >= 0.7 ? Math.round(3 * c) : 0,
    publicationsCount: c >= 0.95 ? 1 : 0,
    volunteeringCount: c >= 0.8 ? 1 : 0,
    languagesCount: c >= 0.5 ? 2 : 1,
    connectionCount: connections,
  };
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: "olivia.owner@northwind.example",
    name: "Olivia Bennett",
    title: "VP of Sales",
    role: "OWNER",
    persona: p(0.5, 0.1, 0.9, 0.4, 0.6, 0.8, 1400),
    profile: profileFor(0.9, "VP of Sales", 1400),
  },
  {
    email: "maya.manager@northwind.example",
    name: "Maya Johnson",
    title: "Head of Enterprise Sales",
    role: "MANAGER",
    managesTeams: ["Enterprise", "Mid-Market"],
    persona: p(0.6, 0.2, 0.7, 0.6, 0.7, 0.9, 900),
    profile: profileFor(0.85, "Head of Enterprise Sales", 900),
  },
  {
    email: "leo.manager@northwind.example",
    name: "Leo Park",
    title: "SMB Sales Manager",
    role: "MANAGER",
    managesTeams: ["SMB"],
    persona: p(0.4, -0.1, 0.4, 0.6, 0.5, 0.7, 650),
    profile: profileFor(0.6, "SMB Sales Manager", 650),
  },
  ...REPS.map(([name, title, team, persona, completeness], i): DemoPerson => ({
    email: i === 0 ? "rep@northwind.example" : emailOf(name),
    name,
    title,
    role: "REP",
    team,
    persona,
    profile: profileFor(completeness, title, persona.priorConnections),
  })),
];
