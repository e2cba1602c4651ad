/* giaoban--0.5.0--0.6.0.sql: generated from sql/parts; edit those */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION giaoban UPDATE TO '0.6.0'" to load this file. \quit
