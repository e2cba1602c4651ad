-- readers of the views
SELECT count(*) FROM gb_regulations;
SELECT count(*) FROM gb_people;
