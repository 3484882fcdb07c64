"use client";

import { Search, X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

const SEARCH_DEBOUNCE_MS = 300;

interface RedirectFiltersProps {
  q: string;
  tag: string;
  status: string;
  tags: string[];
  onSearch: (q: string) => void;
  onTagChange: (tag: string) => void;
  onStatusChange: (status: string) => void;
  /** Present only while a filter is active. */
  onClear?: () => void;
}

export function RedirectFilters({ q, tag, status, tags, onSearch, onTagChange, onStatusChange, onClear }: RedirectFiltersProps) {
  const [search, setSearch] = useState(q);
  // The last value this box sent, so the URL catching up does not overwrite newer typing.
  const sent = useRef(q);

  useEffect(() => {
    if (q === sent.current) return;
    sent.current = q;
    setSearch(q);
  }, [q]);

  useEffect(() => {
    const value = search.trim();
    if (value === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = value;
      onSearch(value);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, onSearch]);

  const tagOptions = tag && !tags.includes(tag) ? [tag, ...tags] : tags;

  return (
    <form
      role="search"
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        sent.current = search.trim();
        onSearch(sent.current);
      }}
    >
      <div className="relative flex-1">
        <Label htmlFor="redirect-search" className="sr-only">
          Search redirects
        </Label>
        <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-subtle" />
        <Input
          id="redirect-search"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search by ID, name or target URL"
          autoComplete="off"
          className="pl-9"
        />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex">
        <div>
          <Label htmlFor="redirect-tag" className="sr-only">
            Tag
          </Label>
          <Select id="redirect-tag" value={tag} onChange={(e) => onTagChange(e.target.value)} className="sm:w-40">
            <option value="">All tags</option>
            {tagOptions.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="redirect-status" className="sr-only">
            Status
          </Label>
          <Select id="redirect-status" value={status} onChange={(e) => onStatusChange(e.target.value)} className="sm:w-36">
            <option value="all">All statuses</option>
            <option value="active">Active</option>
            <option value="paused">Paused</option>
          </Select>
        </div>
      </div>
      {onClear && (
        <Button variant="ghost" onClick={onClear} className="self-start sm:self-auto">
          <X aria-hidden />
          Clear
        </Button>
      )}
    </form>
  );
}
