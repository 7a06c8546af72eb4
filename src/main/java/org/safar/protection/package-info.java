/**
 * Protection and assistance cases: a migrant whose rights were violated abroad, a victim of trafficking, a person
 * stranded, detained, sick or dead abroad, a returnee starting again — followed from intake through assessment,
 * plan, services and monitoring to closure, by the offices at home and abroad, within each office's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection")
package org.safar.protection;
