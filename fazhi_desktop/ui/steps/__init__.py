"""The steps of the procedure in the GUI: the clock panel and step buttons of the case detail, and one
short dialog per step, built from the step's dataclass (`domain.step_details`).

The words of each group of steps live in a module of their own (intake, handling, appeal, oversight);
`catalogue.form_for(kind)` gathers them. `dialog.StepDialog` records a step through
`services.procedure.apply_step`; the session announces it (`UiSession.cases_changed`).
"""
