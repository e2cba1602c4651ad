/*
 * pg_extract.c
 *	  PostgreSQL glue for extraction: gb_extract, gb_citations, gb_officials.
 *
 * The core runs in a private memory context; its results are copied into
 * composite datums in the caller's context and the private one is deleted,
 * so that nothing is left behind on success, LIMIT, error or cancel.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#include "utils/memutils.h"
#include "utils/typcache.h"

#include "gb_core.h"
#include "pg_glue.h"

#define GB_CITATION_NCOLS	12
#define GB_OFFICIAL_NCOLS	7
#define GB_REPORT_NCOLS		17

static inline Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? CStringGetTextDatum(s) : (Datum) 0;
}

static inline Datum
date_or_null(GbDate d, bool *isnull)
{
	*isnull = (d.y == 0);
	return d.y ? DateADTGetDatum(date2j(d.y, d.m, d.d) - POSTGRES_EPOCH_JDATE) : (Datum) 0;
}

/*
 * [lo, hi) of a built-in range type.  *tc caches its type cache entry: the
 * type cache keeps entries for the backend's life, and a lookup for each of
 * a report's spans cost about 1% of gb_extract.
 */
static Datum
range_datum(TypeCacheEntry **tc, Oid rangetype, Datum lo, Datum hi)
{
	RangeBound	lower,
				upper;

	if (*tc == NULL)
		*tc = lookup_type_cache(rangetype, TYPECACHE_RANGE_INFO);

	lower.val = lo;
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = hi;
	upper.infinite = false;
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(*tc, &lower, &upper, false));
}

/*
 * 0-based [start, end) code point positions -> 1-based int4range.
 *
 * Every citation and official has one, and make_range() serializes the
 * range, then has int4range_canonical() take it apart and serialize it
 * again: a thousand instructions each, 1% of gb_extract.  A non-empty
 * [lo, hi) of int4 is canonical already, so it is written here as
 * range_serialize() writes it (the header, both bounds, then the flags
 * byte: the on-disk format, which cannot change); anything else takes
 * make_range().
 */
typedef struct Int4RangeImage
{
	int32		vl_len_;
	Oid			rangetypid;
	int32		lower;
	int32		upper;
	char		flags;
} Int4RangeImage;

#define INT4RANGE_IMAGE_SIZE (offsetof(Int4RangeImage, flags) + 1)

StaticAssertDecl(offsetof(Int4RangeImage, lower) == sizeof(RangeType) &&
				 offsetof(Int4RangeImage, flags) == sizeof(RangeType) + 2 * sizeof(int32),
				 "int4range image must match range_serialize()");

static Datum
span_datum(uint32_t start, uint32_t end)
{
	static TypeCacheEntry *int4range;
	Int4RangeImage *r;

	if (start >= end || end >= (uint32_t) PG_INT32_MAX)
		return range_datum(&int4range, INT4RANGEOID, Int32GetDatum((int32) start + 1),
						   Int32GetDatum((int32) end + 1));
	r = palloc(INT4RANGE_IMAGE_SIZE);
	SET_VARSIZE(r, INT4RANGE_IMAGE_SIZE);
	r->rangetypid = INT4RANGEOID;
	r->lower = (int32) start + 1;
	r->upper = (int32) end + 1;
	r->flags = RANGE_LB_INC;
	return PointerGetDatum(r);
}

static Datum
text_array(char **items, int n, bool *isnull)
{
	Datum	   *d;
	int			i;

	if (items == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	d = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	for (i = 0; i < n; i++)
		d[i] = CStringGetTextDatum(items[i]);
	return PointerGetDatum(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

static void
citation_values(const GbCitation *c, Datum *v, bool *nulls)
{
	int			i = 0;

	v[i] = CStringGetTextDatum(c->kind), nulls[i++] = false;
	v[i] = text_or_null(c->number, &nulls[i]), i++;
	v[i] = text_or_null(c->code, &nulls[i]), i++;
	v[i] = date_or_null(c->issued, &nulls[i]), i++;
	v[i] = text_or_null(c->issuer, &nulls[i]), i++;
	nulls[i] = (c->plenum == 0), v[i] = Int32GetDatum(c->plenum), i++;
	v[i] = text_or_null(c->term, &nulls[i]), i++;
	v[i] = text_or_null(c->subject, &nulls[i]), i++;
	v[i] = CStringGetTextDatum(c->key), nulls[i++] = false;
	v[i] = Int32GetDatum(c->mentions), nulls[i++] = false;
	v[i] = span_datum(c->span_start, c->span_end), nulls[i++] = false;
	v[i] = CStringGetTextDatum(c->raw), nulls[i++] = false;
	Assert(i == GB_CITATION_NCOLS);
}

static void
official_values(const GbOfficial *o, Datum *v, bool *nulls)
{
	int			i = 0;

	v[i] = CStringGetTextDatum(o->name), nulls[i++] = false;
	v[i] = CStringGetTextDatum(o->name_key), nulls[i++] = false;
	v[i] = text_or_null(o->honorific, &nulls[i]), i++;
	v[i] = text_array(o->titles, o->ntitles, &nulls[i]), i++;
	v[i] = text_array(o->roles, o->nroles, &nulls[i]), i++;
	v[i] = Int32GetDatum(o->mentions), nulls[i++] = false;
	v[i] = span_datum(o->span_start, o->span_end), nulls[i++] = false;
	Assert(i == GB_OFFICIAL_NCOLS);
}

static void
check_tupdesc(TupleDesc td, int ncols, const char *type)
{
	if (td->natts != ncols)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("type %s has %d attributes, expected %d", type, td->natts, ncols),
				 errhint("Reinstall the extension with ALTER EXTENSION giaoban UPDATE.")));
}

/*
 * The row type of an array column of gb_report (gb_citation[] or
 * gb_official[]), looked up once per query.
 */
typedef struct ElementType
{
	Oid			type;
	TupleDesc	desc;			/* blessed */
	int16		typlen;
	bool		typbyval;
	char		typalign;
} ElementType;

/*
 * What gb_extract() looks up in the catalogs, once per query (in the
 * FmgrInfo's fn_extra): the result's row type and its arrays' element
 * types.  Looked up for every row, they cost a tenth of a short report's
 * extraction.
 */
typedef struct ReportTypes
{
	TupleDesc	report;			/* blessed */
	ElementType citation;
	ElementType official;
} ReportTypes;

static void
element_type(TupleDesc td, int attno, int ncols, const char *name, ElementType *et)
{
	et->type = get_element_type(TupleDescAttr(td, attno)->atttypid);
	et->desc = lookup_rowtype_tupdesc_copy(et->type, -1);
	check_tupdesc(et->desc, ncols, name);
	et->desc = BlessTupleDesc(et->desc);
	get_typlenbyvalalign(et->type, &et->typlen, &et->typbyval, &et->typalign);
}

static const ReportTypes *
report_types(FunctionCallInfo fcinfo)
{
	ReportTypes *rt = (ReportTypes *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	TupleDesc	td;

	if (rt != NULL)
		return rt;
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("function returning record called in context that cannot accept type record")));
	check_tupdesc(td, GB_REPORT_NCOLS, "gb_report");
	rt = palloc(sizeof(ReportTypes));
	rt->report = BlessTupleDesc(td);
	element_type(td, GB_REPORT_NCOLS - 2, GB_CITATION_NCOLS, "gb_citation", &rt->citation);
	element_type(td, GB_REPORT_NCOLS - 1, GB_OFFICIAL_NCOLS, "gb_official", &rt->official);
	MemoryContextSwitchTo(old);
	fcinfo->flinfo->fn_extra = rt;
	return rt;
}

/* An array of composites of element type et. */
static Datum
composite_array(const ElementType *et, int n, const void *items,
				void (*fill) (const void *, Datum *, bool *), size_t itemsize)
{
	Datum	   *elems = palloc(sizeof(Datum) * (n > 0 ? n : 1));
	Datum		v[GB_REPORT_NCOLS];
	bool		nulls[GB_REPORT_NCOLS];
	int			i;

	for (i = 0; i < n; i++)
	{
		/* a million citations take a while to form */
		CHECK_FOR_INTERRUPTS();
		fill((const char *) items + itemsize * i, v, nulls);
		elems[i] = HeapTupleGetDatum(heap_form_tuple(et->desc, v, nulls));
	}
	return PointerGetDatum(construct_array(elems, n, et->type, et->typlen, et->typbyval,
										   et->typalign));
}

static void
fill_citation(const void *p, Datum *v, bool *nulls)
{
	citation_values((const GbCitation *) p, v, nulls);
}

static void
fill_official(const void *p, Datum *v, bool *nulls)
{
	official_values((const GbOfficial *) p, v, nulls);
}

static GbDate
arg_date(FunctionCallInfo fcinfo, int argno)
{
	GbDate		d = {0, 0, 0};

	if (PG_NARGS() > argno && !PG_ARGISNULL(argno))
	{
		DateADT		v = PG_GETARG_DATEADT(argno);

		if (!DATE_NOT_FINITE(v))
			j2date(v + POSTGRES_EPOCH_JDATE, &d.y, &d.m, &d.d);
	}
	return d;
}

/*
 * Run the core on a text argument in a private context.  The result lives in
 * *work, which the caller deletes after copying what it needs.
 */
static GbResult *
run_core(text *body, GbDate published, unsigned want, MemoryContext *work)
{
	MemoryContext old;
	GbResult   *r;

	gb_require_utf8();
	*work = gb_work_context();
	old = MemoryContextSwitchTo(*work);
	r = gb_extract(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), published, want);
	MemoryContextSwitchTo(old);
	return r;
}

/* the whole report: metadata, citations and officials */
PG_FUNCTION_INFO_V1(gb_extract_sql);
Datum
gb_extract_sql(PG_FUNCTION_ARGS)
{
	const ReportTypes *rt;
	GbDate		published = arg_date(fcinfo, 1);
	MemoryContext work;
	GbResult   *r;
	GbMeeting  *m;
	Datum		v[GB_REPORT_NCOLS];
	bool		nulls[GB_REPORT_NCOLS];
	HeapTuple	tuple;
	int			i = 0;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	rt = report_types(fcinfo);

	r = run_core(PG_GETARG_TEXT_PP(0), published, GB_WANT_ALL, &work);
	m = &r->meeting;
	if (published.y == 0)
		published = m->published;

	v[i] = text_or_null(m->title, &nulls[i]), i++;
	v[i] = text_or_null(m->source, &nulls[i]), i++;
	v[i] = text_or_null(m->author, &nulls[i]), i++;
	v[i] = date_or_null(published, &nulls[i]), i++;
	v[i] = text_or_null(m->meeting_kind, &nulls[i]), i++;
	v[i] = date_or_null(m->held_on, &nulls[i]), i++;
	nulls[i] = (m->date_inferred < 0), v[i] = BoolGetDatum(m->date_inferred > 0), i++;
	v[i] = text_or_null(m->time_of_day, &nulls[i]), i++;
	v[i] = text_or_null(m->organizer, &nulls[i]), i++;
	if (m->period_lo.y && m->period_hi.y)
	{
		static TypeCacheEntry *daterange;
		bool		dummy;

		v[i] = range_datum(&daterange, DATERANGEOID, date_or_null(m->period_lo, &dummy),
						   date_or_null(m->period_hi, &dummy));
		nulls[i++] = false;
	}
	else
		v[i] = (Datum) 0, nulls[i++] = true;
	v[i] = text_or_null(m->period_text, &nulls[i]), i++;
	v[i] = text_or_null(m->scope, &nulls[i]), i++;
	nulls[i] = (m->online < 0), v[i] = BoolGetDatum(m->online > 0), i++;
	v[i] = text_array(m->bridge_points, m->nbridge_points, &nulls[i]), i++;
	v[i] = text_array(m->chairs, m->nchairs, &nulls[i]), i++;
	Assert(i == GB_REPORT_NCOLS - 2);
	v[i] = composite_array(&rt->citation, r->ncitations, r->citations, fill_citation,
						   sizeof(GbCitation));
	nulls[i++] = false;
	v[i] = composite_array(&rt->official, r->nofficials, r->officials, fill_official,
						   sizeof(GbOfficial));
	nulls[i++] = false;
	Assert(i == GB_REPORT_NCOLS);

	tuple = heap_form_tuple(rt->report, v, nulls);
	MemoryContextDelete(work);
	PG_RETURN_DATUM(HeapTupleGetDatum(tuple));
}

/* Fill a materialized SRF with the citations or officials of body. */
static void
materialize(FunctionCallInfo fcinfo, text *body, GbDate published, bool officials)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext work;
	GbResult   *r;
	Datum		v[GB_CITATION_NCOLS];
	bool		nulls[GB_CITATION_NCOLS];
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (body == NULL)
		return;
	check_tupdesc(rsinfo->setDesc, officials ? GB_OFFICIAL_NCOLS : GB_CITATION_NCOLS,
				  officials ? "gb_official" : "gb_citation");
	r = run_core(body, published, officials ? GB_WANT_OFFICIALS : GB_WANT_CITATIONS, &work);
	if (officials)
		for (i = 0; i < r->nofficials; i++)
		{
			CHECK_FOR_INTERRUPTS();
			official_values(&r->officials[i], v, nulls);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
		}
	else
		for (i = 0; i < r->ncitations; i++)
		{
			CHECK_FOR_INTERRUPTS();
			citation_values(&r->citations[i], v, nulls);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
		}
	MemoryContextDelete(work);
}

/* one row per document cited, in order of first mention */
PG_FUNCTION_INFO_V1(gb_citations_sql);
Datum
gb_citations_sql(PG_FUNCTION_ARGS)
{
	materialize(fcinfo, PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0),
				arg_date(fcinfo, 1), false);
	return (Datum) 0;
}

/* one row per person named, in order of first mention */
PG_FUNCTION_INFO_V1(gb_officials_sql);
Datum
gb_officials_sql(PG_FUNCTION_ARGS)
{
	materialize(fcinfo, PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0),
				(GbDate) {0, 0, 0}, true);
	return (Datum) 0;
}

/* every mention of a citation, official, meeting date or bridge point */
PG_FUNCTION_INFO_V1(gb_mentions_sql);
Datum
gb_mentions_sql(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext work;
	GbResult   *r;
	Datum		v[4];
	bool		nulls[4] = {false, false, false, false};
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	r = run_core(PG_GETARG_TEXT_PP(0), arg_date(fcinfo, 1),
				 GB_WANT_ALL | GB_WANT_MENTIONS, &work);
	for (i = 0; i < r->nmentions; i++)
	{
		const GbMention *m = &r->mentions[i];

		v[0] = CStringGetTextDatum(m->kind);
		v[1] = CStringGetTextDatum(m->key);
		v[2] = span_datum(m->span_start, m->span_end);
		v[3] = CStringGetTextDatum(m->raw);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, nulls);
	}
	MemoryContextDelete(work);
	return (Datum) 0;
}

/* the text as escaped HTML, each mention marked with its kind and key */
PG_FUNCTION_INFO_V1(gb_annotate_sql);
Datum
gb_annotate_sql(PG_FUNCTION_ARGS)
{
	text	   *body;
	MemoryContext work,
				old;
	size_t		outlen;
	char	   *out;
	text	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_TEXT_PP(0);
	gb_require_utf8();
	work = gb_work_context();
	old = MemoryContextSwitchTo(work);
	out = gb_annotate(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), arg_date(fcinfo, 1), &outlen);
	MemoryContextSwitchTo(old);
	if (outlen > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("annotated text is too long"),
				 errdetail("The result would take %zu bytes.", outlen)));
	result = cstring_to_text_with_len(out, (int) outlen);
	MemoryContextDelete(work);
	PG_RETURN_TEXT_P(result);
}
