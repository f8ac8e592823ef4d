// Bundled and run by build.mjs: the catalogue as plain JSON (no impl), for code and doc generation.
import { catalogue } from "@cchc/core";

export function catalogueMeta() {
  return catalogue.map((f) => ({
    id: f.id,
    description: f.description,
    example: f.example,
    result: f.result,
    params: f.params.map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description,
      kind: p.kind,
      optional: Boolean(p.optional),
      spill: Boolean(p.spill),
    })),
  }));
}
