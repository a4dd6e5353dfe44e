import { describe, expect, it } from "vitest";
import { readLessonFiles } from "./lesson-files";
import { placementProblems, placedExerciseIds } from "./placement";
import { toPublicExercise } from "./public";
import { exercises } from "./registry";
import { exerciseSchema } from "./definition";

describe("the course's exercises", () => {
  it("are each placed exactly once, in their own lesson", () => {
    expect(placementProblems(readLessonFiles(), exercises)).toEqual([]);
  });

  it("belong to lessons that exist", () => {
    const slugs = new Set(readLessonFiles().map((l) => l.slug));
    for (const e of exercises) expect(slugs.has(e.lesson), e.id).toBe(true);
  });

  it("reach the browser without answers", () => {
    const keysOf = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keysOf)
        : value && typeof value === "object"
          ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)])
          : [];
    for (const e of exercises) {
      const keys = new Set(keysOf(toPublicExercise(e)));
      for (const secret of ["reference", "answer", "explanation", "bucket", "formula", "tolerance"]) {
        expect(keys.has(secret), `${e.id} exposes ${secret}`).toBe(false);
      }
    }
  });
});

describe("placement check", () => {
  const declared = [
    exerciseSchema.parse({
      id: "a",
      lesson: "one",
      kind: "typing",
      title: "打字",
      points: 5,
      objectives: ["ability"],
      passage: "亲，您好",
    }),
    exerciseSchema.parse({
      id: "b",
      lesson: "two",
      kind: "typing",
      title: "打字",
      points: 5,
      objectives: ["ability"],
      passage: "亲，您好",
    }),
  ];

  it("finds placed ids", () => {
    expect(placedExerciseIds(`前文\n<Exercise id="a" />\n<Exercise  id='b'/>`)).toEqual(["a", "b"]);
  });

  it("reports unknown, unplaced, misplaced and doubly placed exercises", () => {
    const problems = placementProblems(
      [
        { slug: "one", mdx: '<Exercise id="a" /><Exercise id="a" /><Exercise id="zzz" />' },
        { slug: "three", mdx: '<Exercise id="b" />' },
      ],
      declared,
    );
    expect(problems).toEqual([
      'one: places "a" a second time',
      'one: places unknown exercise "zzz"',
      'three: places "b", which belongs to two',
    ]);
    expect(placementProblems([{ slug: "one", mdx: "" }], declared)).toHaveLength(2);
  });
});

describe("rubrics", () => {
  it("never promise more than the exercise's points", () => {
    for (const e of exercises) {
      for (const level of e.rubric ?? []) expect(level.points, `${e.id} ${level.label}`).toBeLessThanOrEqual(e.points);
    }
  });
});
