-- The escalation policy's rules are named, not numbered (EscalationPolicy.dmn): the KPI facts
-- stored before keep their rule under its new id, so the reports find its description.
-- The engine's own decision history keeps the ids of the version that decided.
update case_fact set policy_rule = case policy_rule
    when 'Rule_01' then 'Rule_VipAsksForSupervisor'
    when 'Rule_02' then 'Rule_CustomerAsksForSupervisor'
    when 'Rule_03' then 'Rule_UrgentVipCase'
    when 'Rule_04' then 'Rule_UrgentOrHighBillingDispute'
    when 'Rule_05' then 'Rule_BillingDispute'
    when 'Rule_06' then 'Rule_UrgentTechnicalFault'
    when 'Rule_07' then 'Rule_TechnicalFault'
    when 'Rule_08' then 'Rule_ComplexTechnicalIssue'
    when 'Rule_09' then 'Rule_ComplexBillingIssue'
    when 'Rule_10' then 'Rule_OtherComplexIssueAtPartner'
    when 'Rule_11' then 'Rule_DissatisfiedWithComplaint'
    when 'Rule_12' then 'Rule_DissatisfiedCustomer'
    when 'Rule_13' then 'Rule_RepeatContactOnSocialMedia'
    when 'Rule_14' then 'Rule_RepeatContact'
    when 'Rule_15' then 'Rule_UrgentOrHighDelayedCase'
    when 'Rule_16' then 'Rule_DelayedVipCase'
    when 'Rule_17' then 'Rule_DelayedBillingCase'
    when 'Rule_18' then 'Rule_DelayedCase'
    when 'Rule_19' then 'Rule_SafetyNet'
end
where policy_rule in ('Rule_01', 'Rule_02', 'Rule_03', 'Rule_04', 'Rule_05', 'Rule_06', 'Rule_07',
    'Rule_08', 'Rule_09', 'Rule_10', 'Rule_11', 'Rule_12', 'Rule_13', 'Rule_14', 'Rule_15', 'Rule_16',
    'Rule_17', 'Rule_18', 'Rule_19');
