"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-10 rounded-md bg-brand-600 px-4 text-white hover:bg-brand-700"
    >
      打印
    </button>
  );
}
