## cohort
